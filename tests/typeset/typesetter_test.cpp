// The typesetter with real fonts through Pango: these tests need the Debian fonts the scripts install.
#include "typeset/typesetter.h"

#include <gtest/gtest.h>

#include "base/diagnostics.h"

namespace banmian::typeset {
namespace {

const FontSpec kSong{"Noto Serif CJK SC,AR PL UMing CN", 400, 9};

StyledParagraph paragraph(const std::string& text, FontSpec font = kSong, double indent = 0) {
  StyledParagraph p;
  p.runs.push_back({text, font, Color::black(), 0, {"test.md", 1, 1}});
  p.format.indent = indent;
  return p;
}

double rightEdge(const TypesetLine& line) {
  const LineRun& run = line.runs.back();
  return line.offset + run.glyphs.back().x + run.size;  // every glyph here is 1 em wide
}

int characters(const std::string& s) {
  int n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

TEST(Typesetter, SetsThirteenCharactersOfNinePointInA117PointColumn) {
  Typesetter t;
  auto lines = t.set(paragraph("醴陵市全面开展入河排污口整治城乡污水和垃圾处理设施建"), 117);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text(), "醴陵市全面开展入河排污口整");
  EXPECT_NEAR(rightEdge(lines[0]), 117, 1e-6);
}

TEST(Typesetter, IndentsTheFirstLineAndJustifiesItToo) {
  Typesetter t;
  auto lines = t.set(paragraph("醴陵市全面开展入河排污口整治城乡污水和垃圾处理设施建设", kSong, 18), 117);
  ASSERT_GE(lines.size(), 2u);
  EXPECT_DOUBLE_EQ(lines[0].offset, 18);
  EXPECT_EQ(characters(lines[0].text()), 11);
  EXPECT_NEAR(rightEdge(lines[0]), 117, 1e-6);
  EXPECT_DOUBLE_EQ(lines[1].offset, 0);
}

TEST(Typesetter, KeepsTheExactTextOfEveryRun) {
  Typesetter t;
  std::string text = "溁江书院、烈士陵园获评省级爱国主义教育基地,增长14.6%。";
  std::string joined;
  for (const auto& line : t.set(paragraph(text), 117)) joined += line.text();
  EXPECT_EQ(joined, "溁江书院、烈士陵园获评省级爱国主义教育基地，增长14.6%。");
}

TEST(Typesetter, FallsBackPerCharacterWhenAFontLacksOne) {
  // AR PL SungtiL GB has no 溁 (U+6E81): that one character comes from the next family.
  Typesetter t;
  auto lines = t.set(paragraph("溁江书院", {"AR PL SungtiL GB,Noto Serif CJK SC", 400, 9}), 117);
  ASSERT_EQ(lines.size(), 1u);
  ASSERT_EQ(lines[0].runs.size(), 2u);
  EXPECT_EQ(lines[0].runs[0].text, "溁");
  EXPECT_EQ(lines[0].runs[1].text, "江书院");
  EXPECT_NE(t.fonts().at(lines[0].runs[0].font).file, t.fonts().at(lines[0].runs[1].font).file);
  EXPECT_NE(t.fonts().at(lines[0].runs[1].font).file.find("gbsn00lp"), std::string::npos);
}

TEST(Typesetter, NamesTheCharacterNoFontHas) {
  Typesetter t;
  try {
    t.set(paragraph("\U000F0000", {"AR PL SungtiL GB", 400, 9}), 117);
    FAIL() << "expected an error";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where().str(), "test.md:1:1");
    EXPECT_NE(e.message().find("U+F0000"), std::string::npos) << e.message();
  }
}

}  // namespace
}  // namespace banmian::typeset
