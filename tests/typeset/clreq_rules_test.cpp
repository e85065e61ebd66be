// One small paragraph per clreq rule, set with real fonts (Noto Serif CJK SC, 9 pt): text, style and
// widths in, lines and adjustments out.
#include <gtest/gtest.h>

#include "base/utf8.h"
#include "typeset/char_class.h"
#include "typeset/typesetter.h"

namespace banmian::typeset {
namespace {

constexpr double kEm = 9;

StyledParagraph paragraph(const std::string& text, ParagraphFormat format = {}) {
  StyledParagraph p;
  p.runs.push_back({text, {"Noto Serif CJK SC", 400, kEm}, Color::black(), 0, {"rules.md", 1, 1}});
  p.format = format;
  return p;
}

std::vector<std::string> texts(const std::vector<TypesetLine>& lines) {
  std::vector<std::string> out;
  for (const auto& l : lines) out.push_back(l.text());
  return out;
}

// Right edge of the line's last glyph box, from its pen position and advance in em.
double rightEdge(const TypesetLine& line, double last_advance_em = 1) {
  return line.offset + line.runs.back().glyphs.back().x + last_advance_em * kEm;
}

struct WidthCase {
  const char* name;
  const char* text;
  PunctuationStyle style;
  double em;  // expected natural width in em
};

class NaturalWidth : public ::testing::TestWithParam<WidthCase> {};

TEST_P(NaturalWidth, FollowsThePunctuationStyle) {
  Typesetter t;
  ParagraphFormat f;
  f.punctuation = GetParam().style;
  EXPECT_NEAR(t.naturalWidth(paragraph(GetParam().text, f)), GetParam().em * kEm, 0.01) << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    Punctuation, NaturalWidth,
    ::testing::Values(WidthCase{"plain", "你好世界", PunctuationStyle::Quanjiao, 4},
                      WidthCase{"stop+closing quote", "说。”好", PunctuationStyle::Quanjiao, 3.5},
                      WidthCase{"comma+opening quote", "好，“对", PunctuationStyle::Quanjiao, 3.5},
                      WidthCase{"closing+opening bracket", "甲）（乙", PunctuationStyle::Quanjiao, 3.5},
                      WidthCase{"two opening marks", "说：“《书", PunctuationStyle::Quanjiao, 4},
                      WidthCase{"banjiao", "你好，世界。", PunctuationStyle::Banjiao, 5},
                      WidthCase{"kaiming", "你好，世界。", PunctuationStyle::Kaiming, 5.5},
                      WidthCase{"quanjiao", "你好，世界。", PunctuationStyle::Quanjiao, 6},
                      WidthCase{"dash untouched", "甲——乙", PunctuationStyle::Banjiao, 4},
                      WidthCase{"ellipsis untouched", "甲……乙", PunctuationStyle::Banjiao, 4}),
    [](const auto& info) {
      std::string name = info.param.name;
      for (char& c : name)
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
      return name;
    });

TEST(ClreqRules, LatinWordGetsQuarterEmEachSideButNotNextToPunctuation) {
  Typesetter t;
  double plain = t.naturalWidth(paragraph("用Python写"));
  double python = t.naturalWidth(paragraph("Python"));
  EXPECT_NEAR(plain - python, 2 * kEm + 2 * 0.25 * kEm, 0.01);
  double quoted = t.naturalWidth(paragraph("用“Python”写"));
  EXPECT_NEAR(quoted - python, 4 * kEm, 0.01);  // 用 “ ” 写: full-width quotes, and no extra space beside them
}

TEST(ClreqRules, NoCjkLatinSpaceBesideJoiningMarks) {
  Typesetter t;
  // m²/人: the slash joins the unit; only m² is spaced from the Han before it.
  EXPECT_NEAR(t.naturalWidth(paragraph("10.97m²/人")), t.naturalWidth(paragraph("10.97m²/")) + kEm, 0.01);
  EXPECT_NEAR(t.naturalWidth(paragraph("增长14.6%好")) - t.naturalWidth(paragraph("14.6%")), 3.5 * kEm, 0.01);
}

TEST(ClreqRules, NoCjkLatinSpaceAtALineStart) {
  Typesetter t;
  auto lines = t.set(paragraph("一二三四五六七八九十一二三2020年"), 13 * kEm);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[1].text(), "2020年");
  EXPECT_NEAR(lines[1].runs[0].glyphs[0].x, 0, 1e-9);
}

TEST(ClreqRules, PushesInWhenCompressingPunctuationMakesItFit) {
  // 14 em of text in a 13 em line: the interior ， and the line-end ， each give half an em.
  Typesetter t;
  auto lines = t.set(paragraph("一二三四五，六七八九十一二，三四"), 13 * kEm);
  EXPECT_EQ(texts(lines), (std::vector<std::string>{"一二三四五，六七八九十一二，", "三四"}));
  EXPECT_NEAR(rightEdge(lines[0], 0.5), 13 * kEm, 0.01);  // the last ， keeps only its ink half
}

TEST(ClreqRules, PushesOutRatherThanStartALineWithAMark) {
  Typesetter t;
  auto lines = t.set(paragraph("一二三四五六七八九十一二三。四五六七八九十"), 13 * kEm);
  ASSERT_GE(lines.size(), 2u);
  EXPECT_FALSE(prohibitedAtLineStart(utf8::decode(lines[1].text()).front())) << lines[1].text();
}

TEST(ClreqRules, ClosingQuoteAtLineEndAndOpeningAtLineStart) {
  Typesetter t;
  ParagraphFormat f;
  f.opening_at_line_start_half = true;
  auto lines = t.set(paragraph("一二三四五六七八九十一“二三”“四五六七八九十一二三四”", f), 13 * kEm);
  for (const auto& line : lines) {
    auto chars = utf8::decode(line.text());
    EXPECT_FALSE(prohibitedAtLineStart(chars.front())) << line.text();
    EXPECT_FALSE(prohibitedAtLineEnd(chars.back())) << line.text();
  }
  // A line that starts with “ sets it half-width: its ink starts at the measure's edge.
  for (const auto& line : lines)
    if (line.text().rfind("“", 0) == 0) {
      EXPECT_NEAR(line.runs[0].glyphs[0].x, -0.5 * kEm, 0.6);
    }
}

TEST(ClreqRules, DashAndEllipsisNeverSplit) {
  Typesetter t;
  for (double w = 6; w <= 14; w += 1) {
    auto lines = t.set(paragraph("一二三四五——六七八九十一二……三四五六七八九"), w * kEm);
    for (size_t i = 1; i < lines.size(); ++i) {
      std::string a = lines[i - 1].text(), b = lines[i].text();
      EXPECT_FALSE(a.size() >= 3 && a.substr(a.size() - 3) == "—" && b.rfind("—", 0) == 0) << a << "|" << b;
      EXPECT_FALSE(a.size() >= 3 && a.substr(a.size() - 3) == "…" && b.rfind("…", 0) == 0) << a << "|" << b;
    }
  }
}

TEST(ClreqRules, NumbersAndUnitsNeverSplit) {
  Typesetter t;
  for (double w = 6; w <= 14; w += 0.5) {
    for (const auto& line : t.set(paragraph("完成一般公共预算收入19.34亿元，固定资产投资总额增长14.6%，好"), w * kEm)) {
      std::string s = line.text();
      EXPECT_EQ(s.find("19.") == std::string::npos, s.find("19.34亿元") == std::string::npos) << w << " " << s;
      EXPECT_EQ(s.find("14.") == std::string::npos, s.find("14.6%") == std::string::npos) << w << " " << s;
    }
  }
}

// Each of these stays on one line at every measure from 7 to 14 em (at 6 em 2.4个百分点 and its comma
// fit nowhere, and the last resort breaks it, with a warning).
class StaysWhole : public ::testing::TestWithParam<const char*> {};

TEST_P(StaysWhole, AtEveryMeasure) {
  Typesetter t;
  std::string whole = GetParam();
  for (double w = 7; w <= 14; w += 0.5) {
    std::string text = "上半年全区完成" + whole + "，同比增长情况良好，" + whole + "。";
    for (const auto& line : t.set(paragraph(text), w * kEm)) {
      std::string s = line.text();
      for (size_t cut = 1; cut < whole.size(); ++cut) {
        if ((static_cast<unsigned char>(whole[cut]) & 0xC0) == 0x80) continue;
        std::string head = whole.substr(0, cut);
        bool ends_with_head = s.size() >= head.size() && s.compare(s.size() - head.size(), head.size(), head) == 0;
        EXPECT_FALSE(ends_with_head) << whole << " split after '" << head << "' at " << w << " em: " << s;
      }
    }
  }
}

INSTANTIATE_TEST_SUITE_P(ClreqRules, StaysWhole,
                         ::testing::Values("8月15日", "19.34亿元", "2.4个百分点", "O’Neill", "rock’n’roll",
                                           "2020年8月"));

TEST(ClreqRules, AnApostropheIsProportionalNotAFullWidthQuote) {
  Typesetter t;
  double with = t.naturalWidth(paragraph("O’Neill")), without = t.naturalWidth(paragraph("ONeill"));
  EXPECT_LT(with - without, 0.35 * kEm);
  EXPECT_GT(with - without, 0.05 * kEm);
}

TEST(ClreqRules, AvoidsALoneLastCharacter) {
  Typesetter t;
  auto lines = t.set(paragraph("一二三四五六七八九十一二三四五六七八九十一二三四五六七"), 13 * kEm);  // 27
  ASSERT_GE(lines.size(), 2u);
  int han = 0;
  for (char32_t c : utf8::decode(lines.back().text())) han += isHan(c);
  EXPECT_GE(han, 2) << lines.back().text();
}

TEST(ClreqRules, JustifiedLinesFillTheMeasureExactly) {
  Typesetter t;
  auto lines = t.set(paragraph("在危机中育新机，于变局中开新局。困难面前，醴陵全市上下保持定力、负重前行，县域经济保持在合理区间运行。"),
                     13 * kEm);
  ASSERT_GE(lines.size(), 3u);
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    auto chars = utf8::decode(lines[i].text());
    bool ends_with_mark = isCompressiblePunctuation(chars.back());
    double edge = rightEdge(lines[i], ends_with_mark ? 0.5 : 1);
    // A mark at the end keeps its blank half unless the line needed it: its ink edge is at or inside.
    if (ends_with_mark) {
      EXPECT_LE(edge, 13 * kEm + 0.01) << lines[i].text();
    } else {
      EXPECT_NEAR(edge, 13 * kEm, 0.01) << lines[i].text();
    }
  }
}

TEST(ClreqRules, FlowsAcrossLinesOfDifferentWidths) {
  Typesetter t;
  // Two full lines, then lines narrowed by a figure beside them.
  LineWidths widths({13 * kEm, 13 * kEm}, 6 * kEm);
  auto lines = t.set(paragraph("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"), widths);
  ASSERT_GE(lines.size(), 4u);
  EXPECT_EQ(utf8::decode(lines[0].text()).size(), 13u);
  EXPECT_EQ(utf8::decode(lines[2].text()).size(), 6u);
}

}  // namespace
}  // namespace banmian::typeset

namespace banmian::typeset {
namespace {

TEST(ClreqRules, ATightLineNeverSqueezesBothFacingHalvesOfAdjacentMarks) {
  // Across many widths some lines must shrink; a pair of marks (。“ ，“ ”，) never loses both facing halves.
  Typesetter t;
  const std::string text = "一二三四五六七。“八九十一二”，三四五，“六七八九十”。一二三四五六七八九十一二三四五。";
  for (double w = 8; w <= 16; w += 0.1) {
    for (const auto& line : t.set(paragraph(text), w * kEm)) {
      std::vector<double> xs;
      for (const auto& run : line.runs)
        for (const auto& g : run.glyphs) xs.push_back(g.x);
      auto chars = utf8::decode(line.text());
      for (size_t i = 0; i + 1 < chars.size(); ++i) {
        if (!isCompressiblePunctuation(chars[i]) || !isCompressiblePunctuation(chars[i + 1])) continue;
        // One facing blank half stays: the second mark's pen is half an em on from the first's. Were both
        // facing halves taken, the two would be drawn at the same place.
        EXPECT_GE(xs[i + 1] - xs[i], 0.5 * kEm - 0.01) << w << " " << line.text();
      }
    }
  }
}

}  // namespace
}  // namespace banmian::typeset

namespace banmian::typeset {
namespace {

TEST(ClreqRules, WhenNoLegalBreakFitsItBreaksAsTheLastResortAndLosesNothing) {
  // Marks that may neither start nor end a line run together wider than the measure.
  Typesetter t;
  const std::string text = "他说“《《一二》》”。";
  auto lines = t.set(paragraph(text), 2 * kEm);  // “《《一 is 3 em even compressed: no legal line fits
  ASSERT_GE(lines.size(), 3u);
  std::string joined;
  bool rule_given_way = false;
  for (const auto& line : lines) {
    joined += line.text();
    EXPECT_LE(line.offset + line.extent, 2 * kEm + 1e-6) << line.text();
    rule_given_way |= prohibitedAtLineEnd(utf8::decode(line.text()).back());
  }
  EXPECT_TRUE(rule_given_way);  // the rules gave way, rather than the measure
  EXPECT_EQ(joined, text);
}

TEST(ClreqRules, ALatinWordWiderThanTheMeasureIsBrokenRatherThanOverflowing) {
  Typesetter t;
  const std::string text = "中文Supercalifragilistic中文";
  auto lines = t.set(paragraph(text), 4 * kEm);
  std::string joined;
  for (const auto& line : lines) {
    joined += line.text();
    EXPECT_LE(line.offset + line.extent, 4 * kEm + 1e-6) << line.text();
  }
  EXPECT_EQ(joined, text);
}

}  // namespace
}  // namespace banmian::typeset
