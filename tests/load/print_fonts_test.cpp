// `print-fonts:`: the TrueType font set of the print backend, read beside `fonts:` with the same roles.
#include <gtest/gtest.h>

#include "base/diagnostics.h"
#include "load/layout_loader.h"
#include "temp_files.h"

namespace banmian::load {
namespace {

using testing::TempDir;

const std::string kLayoutHead = R"(page:
  size: [200mm, 300mm]
  margins: {top: 10mm, bottom: 10mm, left: 10mm, right: 10mm}
grid: {columns: 4, gutter: 8pt, row: 13pt}
fonts:
  song: ["Noto Serif CJK SC"]
  hei: ["Noto Sans CJK SC"]
)";
const std::string kLayoutTail = R"(paragraph-styles:
  body: {font: song, size: 9pt, leading: 13pt}
  head: {font: hei, size: 12pt, leading: 13pt}
character-styles:
  strong: {font: hei, weight: 700}
  superscript: {scale: 0.6, rise: 0.35}
markdown: {paragraph: body, h3: head, h4: head, strong: strong, sup: superscript}
frames:
  - {name: body, kind: flow, columns: [1, 4], rows: [4, 40]}
)";

model::Layout loadWithPrintFonts(const TempDir& dir, const std::string& print_fonts) {
  return loadLayout(dir.write("layout.yaml", kLayoutHead + print_fonts + kLayoutTail));
}

std::string errorOf(const std::string& print_fonts) {
  const TempDir dir;
  try {
    loadWithPrintFonts(dir, print_fonts);
  } catch (const InputError& error) {
    std::string what = error.what();
    return what.substr(what.find(':') + 1);  // drop the temporary file's name
  }
  return "no error";
}

TEST(PrintFonts, AbsentMeansEmpty) {
  const TempDir dir;
  const model::Layout layout = loadWithPrintFonts(dir, "");
  EXPECT_TRUE(layout.print_fonts.empty());
  EXPECT_EQ(layout.fonts.size(), 2u);
}

TEST(PrintFonts, ReadLikeFontsWithLocations) {
  const TempDir dir;
  const model::Layout layout =
      loadWithPrintFonts(dir, "print-fonts:\n  song: [\"AR PL SungtiL GB\", \"AR PL UMing CN\"]\n"
                              "  hei: [\"WenQuanYi Zen Hei\"]\n");
  ASSERT_EQ(layout.print_fonts.size(), 2u);
  EXPECT_EQ(layout.print_fonts.at("song").families,
            (std::vector<std::string>{"AR PL SungtiL GB", "AR PL UMing CN"}));
  EXPECT_EQ(layout.print_fonts.at("hei").where.line, 10);
  EXPECT_EQ(layout.print_fonts_where.line, 9);
  EXPECT_EQ(layout.fonts.at("song").families.front(), "Noto Serif CJK SC");  // the screen set is untouched
}

TEST(PrintFonts, MissingRoleIsALocatedError) {
  EXPECT_EQ(errorOf("print-fonts:\n  song: [\"AR PL SungtiL GB\"]\n"),
            "9:3: error: 'print-fonts' lacks font role 'hei', which 'fonts' defines");
}

TEST(PrintFonts, ExtraRoleIsALocatedError) {
  EXPECT_EQ(errorOf("print-fonts:\n  song: [\"A\"]\n  hei: [\"B\"]\n  kai: [\"C\"]\n"),
            "11:3: error: print font role 'kai' is not a role of 'fonts'");
}

TEST(PrintFonts, EmptyFamilyListIsALocatedError) {
  EXPECT_EQ(errorOf("print-fonts:\n  song: []\n  hei: [\"B\"]\n"),
            "9:9: error: font role 'song' lists no font families");
}

TEST(PrintFonts, TheBroadsheetHasATrueTypeSetForEveryRole) {
  const model::Layout layout = loadLayout(std::string(BANMIAN_SOURCE_DIR) + "/layouts/broadsheet-feature.yaml");
  ASSERT_EQ(layout.print_fonts.size(), layout.fonts.size());
  EXPECT_EQ(layout.print_fonts.at("song").families,
            (std::vector<std::string>{"AR PL SungtiL GB", "AR PL UMing CN"}));
  EXPECT_EQ(layout.print_fonts.at("hei").families, (std::vector<std::string>{"WenQuanYi Zen Hei"}));
  EXPECT_EQ(layout.print_fonts.at("kai").families, (std::vector<std::string>{"AR PL KaitiM GB", "AR PL UKai CN"}));
}

}  // namespace
}  // namespace banmian::load
