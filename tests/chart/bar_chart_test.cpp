// Bars and columns, checked on the display list: lengths proportional to values, a zero line between
// positive and negative bars, ticks at nice steps, every label inside the frame and clear of the others.
#include <gtest/gtest.h>

#include <cmath>

#include "base/diagnostics.h"
#include "chart_fixture.h"

namespace banmian::chart {
namespace {

using model::ChartMark;
using namespace testing;

const Color kFirst = theme().palette[0];
const Color kSecond = theme().palette[1];

std::vector<model::Metric> growthMetrics() {
  return {metric("gdp", 0.5), metric("industry", 1.4), metric("investment", 14.6), metric("urban", 3.8),
          metric("rural", 5.3)};
}

void expectLabelsInsideAndApart(const DrawnChart& chart, const std::vector<Rect>& marks) {
  const auto all = labels(chart.items);
  for (size_t i = 0; i < all.size(); ++i) {
    EXPECT_TRUE(inside(all[i].second, chart.frame)) << all[i].first;
    for (size_t j = i + 1; j < all.size(); ++j)
      EXPECT_FALSE(overlap(all[i].second, all[j].second)) << all[i].first << " / " << all[j].first;
    // A label may sit wholly inside its bar (white on the colour) but never straddle a bar's edge.
    for (const Rect& mark : marks)
      EXPECT_TRUE(!overlap(all[i].second, mark) || inside(all[i].second, mark, 0.6)) << all[i].first;
  }
}

TEST(BarChart, BarLengthsAreProportionalToValues) {
  const DrawnChart chart = draw(spec(ChartMark::Bar, {"gdp", "industry", "investment", "urban", "rural"}, "增速"),
                                growthMetrics(), {0, 0, 240, 200});
  const std::vector<Rect> bars = filledBoxes(chart.items, kFirst);
  ASSERT_EQ(bars.size(), 5u);
  const double per_unit = bars[2].width / 14.6;
  const double values[] = {0.5, 1.4, 14.6, 3.8, 5.3};
  for (size_t i = 0; i < 5; ++i) EXPECT_NEAR(bars[i].width, values[i] * per_unit, 0.01) << i;
  for (size_t i = 1; i < 5; ++i) {
    EXPECT_NEAR(bars[i].x, bars[0].x, 0.01);  // all grow from the zero line
    EXPECT_GT(bars[i].y, bars[i - 1].bottom());  // in data order, top to bottom, apart
  }
  expectLabelsInsideAndApart(chart, bars);
}

TEST(BarChart, TicksAreNiceStepsFromZero) {
  const DrawnChart chart = draw(spec(ChartMark::Bar, {"gdp", "industry", "investment"}), growthMetrics(),
                                {0, 0, 240, 160});
  std::vector<double> ticks;
  for (const auto* run : glyphRuns(chart.items))  // tick labels are set in the theme's muted colour
    if (run->color == theme().muted) ticks.push_back(std::stod(run->text));
  ASSERT_GE(ticks.size(), 3u);
  EXPECT_EQ(ticks.front(), 0);
  const double step = ticks[1] - ticks[0];
  const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
  EXPECT_TRUE(std::fabs(mantissa - 1) < 1e-9 || std::fabs(mantissa - 2) < 1e-9 || std::fabs(mantissa - 5) < 1e-9)
      << step;
  for (size_t i = 1; i < ticks.size(); ++i) EXPECT_NEAR(ticks[i] - ticks[i - 1], step, 1e-9);
  EXPECT_GE(ticks.back(), 14.6);
}

TEST(BarChart, NegativeValuesGoToTheOtherSideOfTheZeroLine) {
  const DrawnChart chart = draw(spec(ChartMark::Column, {"a", "b", "c"}),
                                {metric("a", 6), metric("b", -3), metric("c", 2)}, {0, 0, 200, 180});
  const std::vector<Rect> bars = filledBoxes(chart.items, kFirst);
  ASSERT_EQ(bars.size(), 3u);
  const double zero = bars[0].bottom();
  EXPECT_NEAR(bars[1].top(), zero, 0.01);  // the negative column hangs from the zero line
  EXPECT_NEAR(bars[2].bottom(), zero, 0.01);
  EXPECT_NEAR(bars[0].height / 6, bars[1].height / 3, 0.01);
  const auto zero_lines = strokedPaths(chart.items, Color::black());
  ASSERT_FALSE(zero_lines.empty());
  EXPECT_NEAR(pathBox(*zero_lines.back()).y, zero, 0.01);
  expectLabelsInsideAndApart(chart, bars);
}

TEST(BarChart, GroupedSeriesStandSideBySide) {
  const DrawnChart chart = draw(seriesSpec(ChartMark::Column, {"城镇", "农村"}, {{"u1", "r1"}, {"u2", "r2"}}),
                                {metric("u1", 3.8), metric("r1", 5.3), metric("u2", 6.1), metric("r2", 7.0)},
                                {0, 0, 220, 180});
  const std::vector<Rect> first = filledBoxes(chart.items, kFirst), second = filledBoxes(chart.items, kSecond);
  // Bars plus the legend swatch of each series.
  ASSERT_EQ(first.size(), 3u);
  ASSERT_EQ(second.size(), 3u);
  EXPECT_NEAR(first[1].right(), second[1].left(), 0.01);  // series 2 beside series 1 in category 1
  EXPECT_NEAR(first[1].bottom(), second[1].bottom(), 0.01);
  EXPECT_NEAR(first[1].height / 3.8, second[1].height / 6.1, 0.01);
  std::vector<Rect> bars = {first[1], first[2], second[1], second[2]};
  expectLabelsInsideAndApart(chart, bars);
}

TEST(BarChart, StackedSeriesStartWhereThePreviousEnds) {
  auto s = seriesSpec(ChartMark::Bar, {"甲", "乙"}, {{"a1", "b1"}, {"a2", "b2"}});
  s.stacked = true;
  const DrawnChart chart = draw(s, {metric("a1", 10), metric("b1", 4), metric("a2", 5), metric("b2", 8)},
                                {0, 0, 240, 140});
  const std::vector<Rect> first = filledBoxes(chart.items, kFirst), second = filledBoxes(chart.items, kSecond);
  ASSERT_EQ(first.size(), 3u);
  EXPECT_NEAR(second[1].left(), first[1].right(), 0.01);
  EXPECT_NEAR(first[1].width / 10, second[1].width / 5, 0.01);
  bool total_written = false;
  for (const auto& [text, box] : labels(chart.items)) total_written |= text == "15.0";
  EXPECT_TRUE(total_written);
}

TEST(BarChart, LabelsDoNotCollideWhenBarsAreCrowded) {
  std::vector<model::Metric> metrics;
  std::vector<std::string> ids;
  for (int i = 0; i < 8; ++i) {
    ids.push_back("m" + std::to_string(i));
    metrics.push_back(metric(ids.back(), 100 + i * 7.5, "亿元", 2));
  }
  auto s = spec(ChartMark::Column, ids);
  s.format = "unit";
  const DrawnChart chart = draw(s, metrics, {0, 0, 200, 120});
  expectLabelsInsideAndApart(chart, filledBoxes(chart.items, kFirst));
}

TEST(BarChart, TooSmallAFrameIsALocatedError) {
  try {
    draw(spec(ChartMark::Bar, {"gdp", "industry", "investment", "urban", "rural"}, "上半年主要经济指标增速"),
         growthMetrics(), {0, 0, 80, 40});
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where().str(), "layout.yaml:3:5");
    EXPECT_NE(e.message().find("chart 'test' does not fit its frame"), std::string::npos) << e.message();
  }
}

}  // namespace
}  // namespace banmian::chart
