// A font map kept across typesetters (what a batch worker does) sets the same lines as a typesetter's
// own map, with the same fonts and glyph ids.
#include "typeset/font_map.h"

#include <gtest/gtest.h>

#include "typeset/typesetter.h"

namespace banmian::typeset {
namespace {

StyledParagraph paragraph(const std::string& text, const std::string& families) {
  StyledParagraph p;
  p.runs.push_back({text, {families, 400, 9}, Color::black(), 0, {"test.md", 1, 1}});
  return p;
}

struct Setting {
  std::vector<std::string> lines;
  std::vector<uint32_t> glyphs;
  std::vector<std::string> files;
};

Setting setWith(const FontMap* fonts, const std::string& families) {
  Typesetter t(nullptr, fonts);
  Setting out;
  for (const TypesetLine& line : t.set(paragraph("溁江书院获评省级爱国主义教育基地，增长14.6%。", families), 117)) {
    out.lines.push_back(line.text());
    for (const LineRun& run : line.runs)
      for (const auto& g : run.glyphs) out.glyphs.push_back(g.id);
  }
  for (const auto& face : t.fonts()) out.files.push_back(face.file + "#" + std::to_string(face.index));
  return out;
}

TEST(FontMap, KeptMapSetsWhatAnOwnMapSets) {
  FontMap kept;
  for (const std::string families : {"Noto Serif CJK SC", "AR PL SungtiL GB,Noto Serif CJK SC", "Noto Serif CJK SC"}) {
    const Setting own = setWith(nullptr, families);
    const Setting shared = setWith(&kept, families);
    EXPECT_EQ(shared.lines, own.lines) << families;
    EXPECT_EQ(shared.glyphs, own.glyphs) << families;
    EXPECT_EQ(shared.files, own.files) << families;
  }
}

TEST(FontMap, FallbackStillPerCharacterWithAKeptMap) {
  FontMap kept;
  setWith(&kept, "Noto Serif CJK SC");  // warm the map with another description first
  // AR PL SungtiL GB has no 溁: it alone comes from the next family, so two fonts are used.
  EXPECT_EQ(setWith(&kept, "AR PL SungtiL GB,Noto Serif CJK SC").files.size(), 2u);
}

}  // namespace
}  // namespace banmian::typeset
