// Every chart read as text and as data: each title, legend entry, category name, value label and tick label
// is in the display list with exactly the text worked out here from the metrics (with printf, not with the
// renderer's number formatter), nothing more; and the marks' geometry follows the values. A chart that
// drops a label, writes the wrong metric or mislabels a bar fails here rather than in an image comparison.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <regex>

#include "chart_fixture.h"
#include "resolve/prose_binder.h"

namespace banmian::chart {
namespace {

using model::ChartMark;
using namespace testing;

const Color kFirst = theme().palette[0];

// The expected text of a number, independent of banmian's formatter.
std::string fixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}
std::string withSign(double v, int decimals) { return (v >= 0 ? "+" : "") + fixed(v, decimals); }
std::string thousands(long v) {
  std::string digits = std::to_string(v), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// Every label of the chart, ticks (set in the theme's muted colour on a value axis) kept apart.
struct Texts {
  std::vector<std::string> ticks, others;
};

Texts texts(const DrawnChart& chart, bool ticks_apart) {
  Texts out;
  std::vector<std::string> muted;
  for (const auto* run : glyphRuns(chart.items))
    if (run->color == theme().muted) muted.push_back(run->text);
  for (const auto& [text, box] : labels(chart.items)) {
    const bool tick = ticks_apart && std::find(muted.begin(), muted.end(), text) != muted.end();
    (tick ? out.ticks : out.others).push_back(text);
  }
  return out;
}

void expectSameTexts(std::vector<std::string> got, std::vector<std::string> want) {
  std::sort(got.begin(), got.end());
  std::sort(want.begin(), want.end());
  EXPECT_EQ(got, want);
}

// Ticks are 0, s, 2s, … (s = 1, 2 or 5 times a power of ten) with one decimal where s < 1, reaching `max`.
void expectNiceTicks(const std::vector<std::string>& ticks, double min, double max) {
  ASSERT_GE(ticks.size(), 2u);
  std::vector<double> values;
  for (const auto& t : ticks) values.push_back(std::stod(t));
  std::sort(values.begin(), values.end());
  const double step = values[1] - values[0];
  const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
  EXPECT_TRUE(std::fabs(mantissa - 1) < 1e-6 || std::fabs(mantissa - 2) < 1e-6 || std::fabs(mantissa - 5) < 1e-6)
      << step;
  const int decimals = step < 1 ? 1 : 0;
  std::vector<std::string> want;
  const long first = std::lround(std::floor(min / step + 1e-9)), last = std::lround(std::ceil(max / step - 1e-9));
  for (long k = first; k <= last; ++k) want.push_back(fixed(k * step, decimals));
  expectSameTexts(ticks, want);
}

const std::pair<std::string, Rect>* findLabel(const DrawnChart& chart, const std::string& text,
                                              std::vector<std::pair<std::string, Rect>>& all) {
  all = labels(chart.items);
  for (const auto& label : all)
    if (label.first == text) return &label;
  return nullptr;
}

TEST(BarChartText, WritesTitleCategoriesValuesAndTicksExactly) {
  const std::vector<std::pair<std::string, double>> data = {
      {"gdp", 0.5}, {"industry", 1.4}, {"investment", 14.6}, {"urban", 3.8}, {"rural", 5.3}};
  std::vector<model::Metric> metrics;
  std::vector<std::string> ids, want = {"上半年增速"};
  for (const auto& [id, v] : data) {
    metrics.push_back(metric(id, v));
    ids.push_back(id);
    want.push_back("指标" + id);
    want.push_back(fixed(v, 1));
  }
  const DrawnChart chart = draw(spec(ChartMark::Bar, ids, "上半年增速"), metrics, {0, 0, 240, 200});
  const Texts t = texts(chart, true);
  expectSameTexts(t.others, want);
  expectNiceTicks(t.ticks, 0, 14.6);
}

// Each value label sits at the end of its own bar, and every grid line stands at its tick's value.
TEST(BarChartText, EachValueLabelsItsOwnBarAndGridLinesFollowTheScale) {
  const double values[] = {0.5, 1.4, 14.6, 3.8};
  const DrawnChart chart = draw(spec(ChartMark::Bar, {"a", "b", "c", "d"}),
                                {metric("a", 0.5), metric("b", 1.4), metric("c", 14.6), metric("d", 3.8)},
                                {0, 0, 240, 160});
  const std::vector<Rect> bars = filledBoxes(chart.items, kFirst);
  ASSERT_EQ(bars.size(), 4u);
  const double zero = bars[0].x, per_unit = bars[2].width / 14.6;
  for (size_t i = 0; i < 4; ++i) {
    EXPECT_NEAR(bars[i].width, values[i] * per_unit, 0.01) << i;
    std::vector<std::pair<std::string, Rect>> all;
    const auto* label = findLabel(chart, fixed(values[i], 1), all);
    ASSERT_NE(label, nullptr) << fixed(values[i], 1);
    const Rect& box = label->second;
    EXPECT_NEAR(box.y + box.height / 2, bars[i].y + bars[i].height / 2, bars[i].height / 2) << label->first;
    EXPECT_NEAR(box.x, bars[i].right() + 3, 1.0) << label->first;  // just past the bar's end
  }
  int grid_lines = 0;
  for (const auto* line : strokedPaths(chart.items, theme().grid)) {
    const Rect box = pathBox(*line);
    const double value = (box.x - zero) / per_unit;
    EXPECT_NEAR(value, std::round(value), 1e-6) << "a grid line at " << value;  // the ticks are whole numbers here
    ++grid_lines;
  }
  EXPECT_GE(grid_lines, 2);
}

TEST(ColumnChartText, NegativeValuesKeepTheirSignInLabelAndTicks) {
  const DrawnChart chart = draw(spec(ChartMark::Column, {"a", "b", "c"}, "季度增速"),
                                {metric("a", 6.2), metric("b", -3.5), metric("c", 2.0)}, {0, 0, 200, 180});
  const Texts t = texts(chart, true);
  expectSameTexts(t.others, {"季度增速", "指标a", "指标b", "指标c", "6.2", "-3.5", "2.0"});
  expectNiceTicks(t.ticks, -3.5, 6.2);
}

TEST(ColumnChartText, GroupedSeriesHaveALegendAndEveryValue) {
  const DrawnChart chart = draw(seriesSpec(ChartMark::Column, {"城镇", "农村"}, {{"u1", "r1"}, {"u2", "r2"}}),
                                {metric("u1", 3.8), metric("r1", 5.3), metric("u2", 6.1), metric("r2", 7.0)},
                                {0, 0, 220, 180});
  const Texts t = texts(chart, true);
  expectSameTexts(t.others, {"系列1", "系列2", "城镇", "农村", "3.8", "5.3", "6.1", "7.0"});
  expectNiceTicks(t.ticks, 0, 7.0);
}

TEST(BarChartText, StackedBarsWriteEachSegmentAndTheTotal) {
  auto s = seriesSpec(ChartMark::Bar, {"甲", "乙"}, {{"a1", "b1"}, {"a2", "b2"}});
  s.stacked = true;
  const DrawnChart chart = draw(s, {metric("a1", 10), metric("b1", 40), metric("a2", 50), metric("b2", 30)},
                                {0, 0, 300, 140});
  const Texts t = texts(chart, true);
  expectSameTexts(t.others, {"系列1", "系列2", "甲", "乙", "10.0", "40.0", "50.0", "30.0", fixed(10 + 50, 1),
                             fixed(40 + 30, 1)});
  expectNiceTicks(t.ticks, 0, 70);
}

TEST(LineChartText, WritesEveryPointsValueTheCategoriesAndTheLegend) {
  auto s = seriesSpec(ChartMark::Line, {"一季度", "二季度", "三季度"}, {{"a1", "a2", "a3"}, {"b1", "b2", "b3"}});
  s.title = "走势";
  const DrawnChart chart = draw(s,
                                {metric("a1", -2.1), metric("a2", 0.5), metric("a3", 3), metric("b1", 8),
                                 metric("b2", 9.5), metric("b3", 12)},
                                {0, 0, 260, 200});
  const Texts t = texts(chart, true);
  expectSameTexts(t.others, {"走势", "系列1", "系列2", "一季度", "二季度", "三季度", "-2.1", "0.5", "3.0", "8.0",
                             "9.5", "12.0"});
  expectNiceTicks(t.ticks, -2.1, 12);
}

// A slice's angles, clockwise from twelve o'clock, read back from its path: moved to its outer start, arcs
// to its outer end, then in to the centre (a pie) or to the inner circle and back along it (a donut).
struct Slice {
  double from, to;
};

// Where the line through a0 and a1 meets the line through b0 and b1.
Point meet(Point a0, Point a1, Point b0, Point b1) {
  const double dax = a1.x - a0.x, day = a1.y - a0.y, dbx = b1.x - b0.x, dby = b1.y - b0.y;
  const double t = ((b0.x - a0.x) * dby - (b0.y - a0.y) * dbx) / (dax * dby - day * dbx);
  return {a0.x + t * dax, a0.y + t * day};
}

std::vector<Slice> slices(const DrawnChart& chart) {
  std::vector<Slice> out;
  for (const auto& item : chart.items) {
    const auto* path = std::get_if<display::Path>(&item);
    if (!path || !path->fill || path->ops.size() < 4 || path->ops[1].kind != display::PathOp::Kind::CurveTo) continue;
    size_t line = 1;
    while (line < path->ops.size() && path->ops[line].kind == display::PathOp::Kind::CurveTo) ++line;
    if (line >= path->ops.size() || path->ops[line].kind != display::PathOp::Kind::LineTo) continue;
    const Point start = path->ops[0].p[0], end = path->ops[line - 1].p[2];
    Point centre = path->ops[line].p[0];
    if (line + 1 < path->ops.size() && path->ops[line + 1].kind == display::PathOp::Kind::CurveTo) {
      // A donut: the centre is where the slice's two radial edges meet.
      size_t last = line + 1;
      while (last + 1 < path->ops.size() && path->ops[last + 1].kind == display::PathOp::Kind::CurveTo) ++last;
      centre = meet(end, path->ops[line].p[0], start, path->ops[last].p[2]);
    }
    auto angle = [&](Point p) {
      const double a = std::atan2(p.x - centre.x, centre.y - p.y);
      return a < -1e-9 ? a + 2 * M_PI : a;
    };
    out.push_back({angle(start), angle(end) < angle(start) + 1e-9 ? angle(end) + 2 * M_PI : angle(end)});
  }
  return out;
}

TEST(PieChartText, SliceAnglesAreTheSharesAndLabelsTheirPercentages) {
  const double values[] = {50, 30, 20};
  const DrawnChart chart = draw(spec(ChartMark::Pie, {"a", "b", "c"}, "构成"),
                                {metric("a", 50, "亿元"), metric("b", 30, "亿元"), metric("c", 20, "亿元")},
                                {0, 0, 260, 140});
  const std::vector<Slice> s = slices(chart);
  ASSERT_EQ(s.size(), 3u);
  double from = 0;
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_NEAR(s[i].from, from, 1e-6) << i;
    EXPECT_NEAR((s[i].to - s[i].from) / (2 * M_PI), values[i] / 100, 1e-6) << i;
    from = s[i].to;
  }
  const Texts t = texts(chart, false);
  expectSameTexts(t.others, {"构成", "指标a " + fixed(50, 1), "指标b " + fixed(30, 1), "指标c " + fixed(20, 1),
                             "50%", "30%", "20%"});
}

TEST(PieChartText, DonutWritesTheTotalInItsHole) {
  const DrawnChart chart = draw(spec(ChartMark::Donut, {"a", "b"}), {metric("a", 62, "亿元", 0), metric("b", 38, "亿元", 0)},
                                {0, 0, 260, 150});
  const std::vector<Slice> s = slices(chart);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_NEAR((s[0].to - s[0].from) / (2 * M_PI), 0.62, 1e-6);
  expectSameTexts(texts(chart, false).others, {"指标a 62", "指标b 38", "62%", "38%", fixed(62 + 38, 0), "合计"});
}

// One metric, three readings: a slice's label, its legend entry and the prose that quotes the metric
// write the same number; shares make a whole that reads 100%, not the rounded data's 100.1.
TEST(PieChartText, SliceLegendAndProseReadTheSameNumber) {
  const std::vector<model::Metric> shares = {metric("a", 11.46, "%"), metric("b", 39.03, "%"), metric("c", 49.56, "%")};
  auto s = spec(ChartMark::Donut, {"a", "b", "c"});
  s.format = "unit";
  const DrawnChart chart = draw(s, shares, {0, 0, 260, 150});
  const resolve::MetricTable table(shares);
  std::vector<std::string> want = {"100%", "合计"};
  for (size_t i = 0; i < shares.size(); ++i) {
    const std::string prose = resolve::bindText("{{" + shares[i].id + "|unit}}", table, {"a.md", 1, 1});
    EXPECT_EQ(prose, fixed(shares[i].value, 1) + "%");
    want.push_back("指标" + shares[i].id + " " + prose);  // the legend
    want.push_back(prose);                               // the slice
  }
  expectSameTexts(texts(chart, false).others, want);
}

// Shares worked out from amounts are rounded by largest remainder: thirds read 34% + 33% + 33% = 100%.
TEST(PieChartText, SharesOfAmountsAddUpToAHundred) {
  const DrawnChart chart = draw(spec(ChartMark::Pie, {"a", "b", "c"}),
                                {metric("a", 1, "亿元", 0), metric("b", 1, "亿元", 0), metric("c", 1, "亿元", 0)},
                                {0, 0, 260, 140});
  expectSameTexts(texts(chart, false).others, {"指标a 1", "指标b 1", "指标c 1", "34%", "33%", "33%"});
}

// The ticks of a chart written with separators have them too: one number format for the whole chart.
TEST(BarChartText, TicksShareTheLabelsSeparators) {
  auto s = spec(ChartMark::Column, {"a", "b"});
  s.format = "sep";
  const DrawnChart chart = draw(s, {metric("a", 12000, "元", 0), metric("b", 45000, "元", 0)}, {0, 0, 200, 160});
  const Texts t = texts(chart, true);
  expectSameTexts(t.others, {"指标a", "指标b", thousands(12000), thousands(45000)});
  ASSERT_GE(t.ticks.size(), 3u);
  for (const auto& tick : t.ticks) {
    const long value = std::stol(std::regex_replace(tick, std::regex(","), ""));
    EXPECT_EQ(tick, thousands(value)) << tick;
  }
  EXPECT_NE(std::find(t.ticks.begin(), t.ticks.end(), thousands(40000)), t.ticks.end());
}

// `auto` is decided once for the chart: 8,000 beside 45,000 reads 0.80万元, not 8000元, and the ticks are in 万.
TEST(BarChartText, AutoScalesEveryNumberOfTheChartAlike) {
  auto s = spec(ChartMark::Column, {"a", "b"});
  s.format = "auto,unit";
  const DrawnChart chart = draw(s, {metric("a", 8000, "元", 0), metric("b", 45000, "元", 0)}, {0, 0, 200, 160});
  const Texts t = texts(chart, true);
  expectSameTexts(t.others, {"指标a", "指标b", "0.80万元", "4.50万元"});
  ASSERT_GE(t.ticks.size(), 3u);
  for (const auto& tick : t.ticks) EXPECT_TRUE(tick == "0" || tick.ends_with("万")) << tick;
}

TEST(ShareRingText, WritesEachShareAndName) {
  const DrawnChart chart = draw(spec(ChartMark::Ring, {"air", "water"}, "占比"),
                                {metric("air", 99, "%", 0), metric("water", 85, "%", 0)}, {0, 0, 200, 110});
  expectSameTexts(texts(chart, false).others, {"占比", "99%", "85%", "指标air", "指标water"});
}

// The change comes from the change metric, never from the tile's own value: base 231 with a change of 2.0
// must read +2.0%, not +231.0%.
TEST(KpiTilesText, WriteFigureUnitAndTheChangeMetric) {
  auto s = spec(ChartMark::Kpi, {"revenue", "entities"}, "关键数据");
  s.series[0].data[0].change = "growth";
  s.series[0].data[1].change = "decline";
  s.format = "sep";
  const DrawnChart chart = draw(s, {metric("revenue", 231, "亿元", 0), metric("entities", 55491, "户", 0),
                                    metric("growth", 2.0, "%", 1), metric("decline", -1.25, "%", 2)},
                                {0, 0, 260, 100});
  expectSameTexts(texts(chart, false).others, {"关键数据", "指标revenue", "指标entities", "231亿元",
                                               thousands(55491) + "户", withSign(2.0, 1) + "%",
                                               withSign(-1.25, 2) + "%"});
}

TEST(DataTableText, WritesHeadNamesValuesAndChanges) {
  auto s = spec(ChartMark::Table, {"a", "b"}, "园区");
  s.series[0].data[0].change = "ga";
  const DrawnChart chart = draw(s, {metric("a", 231, "亿元", 0), metric("b", 5.1, "亿元", 1), metric("ga", 2.6)},
                                {0, 0, 220, 90});
  expectSameTexts(texts(chart, false).others, {"园区", "指标", "数值", "增减", "指标a", "指标b", "231亿元", "5.1亿元",
                                               withSign(2.6, 1) + "%"});
}

}  // namespace
}  // namespace banmian::chart
