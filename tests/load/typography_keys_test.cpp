// The layout keys of Chinese typography's second pass: font roles with a Latin family, and the paragraph
// and character style options, read into the model or refused with a located error.
#include <gtest/gtest.h>

#include "base/diagnostics.h"
#include "load/layout_loader.h"
#include "temp_files.h"

namespace banmian::load {
namespace {

using testing::replaceOnce;
using testing::TempDir;

const std::string kLayout = R"(page:
  size: [200mm, 300mm]
  margins: {top: 10mm, bottom: 10mm, left: 10mm, right: 10mm}
grid: {columns: 4, gutter: 8pt, row: 13pt}
fonts:
  song: {families: ["Noto Serif CJK SC"], latin: TeX Gyre Termes, latin-scale: 1.05}
  hei: ["Noto Sans CJK SC"]
paragraph-styles:
  body: {font: song, size: 9pt, leading: 13pt, lang: zh-Hant, hanging-punctuation: end, curly-quotes: false, max-justify-gap: 0.2em}
  head: {font: hei, size: 12pt, leading: 13pt}
character-styles:
  strong: {font: song, weight: 700}
  superscript: {scale: 0.6, rise: 0.35}
  dots: {emphasis: dots}
markdown: {paragraph: body, h3: head, h4: head, strong: strong, sup: superscript}
frames:
  - {name: title, kind: text, content: title, style: head, columns: [1, 4], rows: [0, 4]}
  - {name: body, kind: flow, columns: [1, 4], rows: [4, 40]}
)";

TEST(TypographyKeys, AreReadIntoTheModel) {
  const TempDir dir;
  const model::Layout layout = loadLayout(dir.write("layout.yaml", kLayout));
  const model::FontRole& song = layout.fonts.at("song");
  EXPECT_EQ(song.families, std::vector<std::string>{"Noto Serif CJK SC"});
  EXPECT_EQ(song.latin, "TeX Gyre Termes");
  EXPECT_DOUBLE_EQ(song.latin_scale, 1.05);
  EXPECT_EQ(layout.fonts.at("hei").latin, "");
  const model::ParagraphStyle& body = layout.paragraph_styles.at("body");
  EXPECT_EQ(body.lang, Language::Hant);
  EXPECT_TRUE(body.hanging_punctuation);
  EXPECT_FALSE(body.curly_quotes);
  EXPECT_DOUBLE_EQ(body.max_justify_gap, 0.2);
  const model::ParagraphStyle& head = layout.paragraph_styles.at("head");
  EXPECT_EQ(head.lang, Language::Hans);
  EXPECT_FALSE(head.hanging_punctuation);
  EXPECT_TRUE(head.curly_quotes);
  EXPECT_EQ(layout.character_styles.at("dots").emphasis, Emphasis::Dots);
  EXPECT_FALSE(layout.character_styles.at("strong").emphasis);
}

struct BadKey {
  const char* from;
  const char* to;
  const char* expected;  // a part of the located error
};

class BadTypographyKey : public ::testing::TestWithParam<BadKey> {};

TEST_P(BadTypographyKey, IsALocatedError) {
  const TempDir dir;
  const std::string path = dir.write("layout.yaml", replaceOnce(kLayout, GetParam().from, GetParam().to));
  try {
    loadLayout(path);
    FAIL() << "no error for " << GetParam().to;
  } catch (const InputError& error) {
    EXPECT_NE(std::string(error.what()).find(GetParam().expected), std::string::npos) << error.what();
    EXPECT_EQ(std::string(error.what()).rfind(path + ":", 0), 0u) << error.what();
  }
}

INSTANTIATE_TEST_SUITE_P(
    Layout, BadTypographyKey,
    ::testing::Values(BadKey{"lang: zh-Hant", "lang: zh-TW", "'lang' must be one of zh-Hans, zh-Hant, zh-HK"},
                      BadKey{"hanging-punctuation: end", "hanging-punctuation: yes", "must be one of end, none"},
                      BadKey{"emphasis: dots", "emphasis: dot", "must be one of dots, none"},
                      BadKey{"latin-scale: 1.05", "latin-scale: 0", "'latin-scale' must be greater than zero"},
                      BadKey{"latin: TeX Gyre Termes", "latn: TeX Gyre Termes", "unknown key 'latn'"},
                      BadKey{"families: [\"Noto Serif CJK SC\"], ", "", "missing required key 'families'"}));

}  // namespace
}  // namespace banmian::load
