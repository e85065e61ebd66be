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

// ---------------------------------------------------------------- right-to-left runs inside Chinese

std::string joinedText(const std::vector<TypesetLine>& lines) {
  std::string out;
  for (const auto& line : lines) out += line.text();
  return out;
}

// Where the glyphs standing for `piece` (one character, one glyph) are drawn, in line coordinates.
double xOf(const TypesetLine& line, const std::string& piece) {
  for (const auto& run : line.runs) {
    size_t byte = 0, glyph = 0;
    for (const auto& cluster : run.clusters) {
      if (run.text.compare(byte, cluster.bytes, piece) == 0 && cluster.glyphs > 0)
        return line.offset + run.glyphs[glyph].x;
      byte += cluster.bytes;
      glyph += cluster.glyphs;
    }
  }
  ADD_FAILURE() << "no glyph for " << piece;
  return -1;
}

TEST(TypesetterRightToLeft, SetsHebrewInsideChineseInVisualOrderAndKeepsTheLogicalText) {
  Typesetter t;
  std::string text = "他说שלום朋友";  // shalom: shin lamed vav final-mem, read right to left
  auto lines = t.set(paragraph(text, {"Noto Serif CJK SC,DejaVu Sans", 400, 9}), 300);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(joinedText(lines), text);
  double shin = xOf(lines[0], "ש"), mem = xOf(lines[0], "ם");
  EXPECT_GT(shin, mem) << "the first letter written is the rightmost";
  EXPECT_LT(xOf(lines[0], "说"), mem);
  EXPECT_GT(xOf(lines[0], "朋"), shin);
}

TEST(TypesetterRightToLeft, SetsArabicScriptAndKeepsItsText) {
  Typesetter t;
  std::string text = "维吾尔文ئۇيغۇرچە和阿拉伯文مرحبا。";
  auto lines = t.set(paragraph(text, {"Noto Serif CJK SC,DejaVu Sans", 400, 9}), 60);
  ASSERT_GE(lines.size(), 2u);
  EXPECT_EQ(joinedText(lines), text);
}

TEST(TypesetterRightToLeft, AnOverrideMarkReversesLatinLettersWithoutACrash) {
  Typesetter t;
  std::string text = "中文\u202Eabc\u202C中文";
  auto lines = t.set(paragraph(text), 300);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(joinedText(lines), text);
  EXPECT_GT(xOf(lines[0], "a"), xOf(lines[0], "c"));
}

TEST(TypesetterRightToLeft, ANumberInsideHebrewReadsLeftToRight) {
  Typesetter t;
  std::string text = "中שנה 2020 טובה中";
  auto lines = t.set(paragraph(text, {"Noto Serif CJK SC,DejaVu Sans", 400, 9}), 300);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(joinedText(lines), text);
  EXPECT_LT(xOf(lines[0], "2"), xOf(lines[0], "0"));
  EXPECT_GT(xOf(lines[0], "ש"), xOf(lines[0], "2")) << "the Hebrew before the number stands right of it";
}

// ---------------------------------------------------------------- the last resort is reported

TEST(Typesetter, WarnsWhereAWordLongerThanTheMeasureIsBroken) {
  Typesetter t;
  DiagnosticSink sink;
  t.reportTo(&sink);
  auto lines = t.set(paragraph("长词" + std::string(200, 'a') + "结束"), 117);
  EXPECT_GT(lines.size(), 2u);
  ASSERT_FALSE(sink.warnings().empty());
  EXPECT_EQ(sink.warnings()[0].where.str(), "test.md:1:1");
  EXPECT_NE(sink.warnings()[0].message.find("no legal line break"), std::string::npos);
  EXPECT_EQ(sink.warnings().size(), 1u) << "one warning for the paragraph, however many breaks";
  EXPECT_NE(sink.warnings()[0].message.find("more times"), std::string::npos) << sink.warnings()[0].message;
  size_t count = sink.warnings().size();
  t.set(paragraph("长词" + std::string(200, 'a') + "结束"), 117);
  EXPECT_EQ(sink.warnings().size(), count) << "setting the same paragraph again says nothing new";
}

TEST(Typesetter, SaysNothingWhenEveryBreakIsLegal) {
  Typesetter t;
  DiagnosticSink sink;
  t.reportTo(&sink);
  t.set(paragraph("醴陵市全面开展入河排污口整治城乡污水和垃圾处理设施建设, and some English words too."), 117);
  EXPECT_TRUE(sink.warnings().empty());
}

}  // namespace
}  // namespace banmian::typeset
