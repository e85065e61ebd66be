// The options of issue #11 with real fonts (Noto Serif CJK, 9 pt): hanging punctuation, the limit on
// justification gaps, language and region, centred marks, emphasis dots. Each case fails without its rule.
#include <gtest/gtest.h>

#include "base/diagnostics.h"
#include "synthetic_clusters.h"
#include "typeset/line_metrics.h"
#include "typeset/punctuation_adjuster.h"
#include "typeset/total_fit_line_breaker.h"
#include "typeset/shaper.h"
#include "typeset/typesetter.h"

namespace banmian::typeset {
namespace {

constexpr double kEm = 9;

StyledParagraph paragraph(const std::string& text, ParagraphFormat format = {},
                          const char* families = "Noto Serif CJK SC") {
  StyledParagraph p;
  p.runs.push_back({text, {families, 400, kEm}, Color::black(), 0, {"options.md", 3, 1}});
  p.format = format;
  p.where = {"options.md", 3, 1};
  return p;
}

TEST(HangingPunctuation, LetsAPauseMarkHangPastTheMeasure) {
  const std::string text = "一二三四五六七八九十一二，三四五六七八九";
  Typesetter t;
  ParagraphFormat hanging;
  hanging.hanging_punctuation = true;
  auto hung = t.set(paragraph(text, hanging), 12 * kEm);
  ASSERT_GE(hung.size(), 2u);
  EXPECT_EQ(hung[0].text(), "一二三四五六七八九十一二，");
  EXPECT_NEAR(hung[0].extent, 12 * kEm, 1e-6) << "the characters fill the measure; the mark hangs";
  EXPECT_GE(hung[0].runs.back().glyphs.back().x, 12 * kEm - 1e-6);
  auto plain = t.set(paragraph(text), 12 * kEm);
  EXPECT_NE(plain[0].text(), "一二三四五六七八九十一二，") << "without hanging the mark cannot fit there";
}

TEST(Language, ReachesTheFontsLocalForms) {
  Shaper shaper;
  ParagraphFormat hant;
  hant.lang = Language::Hant;
  auto simplified = shaper.shape(paragraph("中，文"));
  auto traditional = shaper.shape(paragraph("中，文", hant));
  ASSERT_EQ(simplified.size(), 3u);
  ASSERT_EQ(traditional.size(), 3u);
  EXPECT_NE(simplified[1].glyphs.at(0).id, traditional[1].glyphs.at(0).id) << "zh-Hant draws the centred ，";
}

TEST(CentredMarks, LoseAQuarterEmEachSideWhenHalved) {
  Shaper shaper;
  ParagraphFormat hant;
  hant.lang = Language::Hant;
  auto clusters = shaper.shape(paragraph("中，文", hant));
  adjustPunctuation(clusters, PunctuationStyle::Banjiao);
  const ShapedCluster& comma = clusters.at(1);
  EXPECT_NEAR(comma.width(), 0.5 * kEm, 0.05 * kEm);
  EXPECT_NEAR(comma.trim_left, comma.trim_right, 0.05 * kEm) << "both sides, not one";
  auto corner = shaper.shape(paragraph("中，文"));
  adjustPunctuation(corner, PunctuationStyle::Banjiao);
  EXPECT_NEAR(corner.at(1).trim_left, 0, 1e-9) << "Simplified ， sits left: only its right side goes";
}

TEST(EmphasisDots, OneUnderEachIdeographNoneUnderPunctuation) {
  Typesetter t;
  StyledParagraph p = paragraph("要“重视”，");
  p.runs[0].emphasis = Emphasis::Dots;
  p.runs.push_back({"其他", {"Noto Serif CJK SC", 400, kEm}, Color::black(), 0, {}});
  auto lines = t.set(p, 20 * kEm);
  ASSERT_EQ(lines.size(), 1u);
  ASSERT_EQ(lines[0].dots.size(), 3u) << "要 重 视, not the quotes, the comma or the unemphasised 其他";
  const auto& glyphs = lines[0].runs[0].glyphs;
  EXPECT_NEAR(lines[0].dots[0].x, glyphs[0].x + 0.5 * kEm, 1e-6) << "centred under 要";
  EXPECT_GT(lines[0].dots[0].y, 0.12 * kEm) << "below the em box";
  EXPECT_GT(lines[0].dots[0].radius, 0);
}

TEST(JustificationLimit, SaysSoInVerboseOutputWhenNoBreakKeepsToTheLimit) {
  // At 10 em a 10-em word leaves the lines around it loose whatever the breaks.
  const std::string text = "一二三四五六七八 Internationalization 九十一二三四五六七八九十一二三四五六七八九十";
  Typesetter t;
  DiagnosticSink sink;
  t.reportTo(&sink);
  ParagraphFormat limited;
  auto lines = t.set(paragraph(text, limited), 10 * kEm);
  ASSERT_GE(lines.size(), 2u);
  EXPECT_FALSE(sink.notes().empty()) << "no break avoids a loose line here, and verbose output says so";
  if (!sink.notes().empty()) {
    EXPECT_EQ(sink.notes()[0].where.str(), "options.md:3:1");
  }
}

TEST(LatinFamily, SetsLettersAndDigitsInTheRolesLatinFontAtItsScale) {
  Typesetter t;
  StyledParagraph p = paragraph("增长14.6%，O’Neill说");
  p.runs[0].font.latin = "TeX Gyre Termes";
  p.runs[0].font.latin_scale = 1.1;
  auto lines = t.set(p, 30 * kEm);
  ASSERT_EQ(lines.size(), 1u);
  std::string latin_text, cjk_text;
  for (const auto& run : lines[0].runs) {
    bool termes = t.fonts().at(run.font).family.find("Termes") != std::string::npos;
    (termes ? latin_text : cjk_text) += run.text;
    if (termes) {
      EXPECT_NEAR(run.size, 9.9, 0.01);
    }
  }
  EXPECT_EQ(latin_text, "14.6%O’Neill");
  EXPECT_EQ(cjk_text, "增长，说");
  EXPECT_EQ(lines[0].text(), "增长14.6%，O’Neill说");
}

// The widest gap justification opens in any line but the last, in em.
double widestGap(const std::vector<ShapedCluster>& clusters, const std::vector<LineSpan>& lines, double width,
                 const ParagraphFormat& format) {
  LineMeasurer measurer(clusters, format);
  double widest = 0;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    LineMetrics m = measurer.measure(lines[i]);
    if (m.stretch_gaps > 0) widest = std::max(widest, (width - m.natural) / m.stretch_gaps / m.em);
  }
  return widest;
}

TEST(JustificationLimit, TakesOtherBreaksWhereTheyKeepGapsWithinTheLimit) {
  // Set full, the last line would hold one character (孤字); without the limit the breaker avoids it by
  // pulling a character down and opening 0.3 em between the others (at 6.2 em, for one).
  auto clusters = testing::clustersOf("一二三四五六七八九十一二三。");
  TotalFitLineBreaker breaker;
  ParagraphFormat limited, unlimited;
  unlimited.max_ideograph_gap = 100;
  int helped = 0;
  for (double w = 4; w <= 12; w += 0.1) {
    double with = widestGap(clusters, breaker.breakLines(clusters, w * kEm, limited), w * kEm, limited);
    double without = widestGap(clusters, breaker.breakLines(clusters, w * kEm, unlimited), w * kEm, unlimited);
    if (without > 0.25 + 1e-9 && with <= 0.25 + 1e-9) ++helped;
    EXPECT_LE(with, std::max(without, 0.25) + 1e-9) << w << " em";
  }
  EXPECT_GT(helped, 0) << "at some measure the limit must change the breaks";
}

}  // namespace
}  // namespace banmian::typeset
