// Lines, pies and donuts, share rings, KPI tiles and the data table, checked on the display list.
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

void expectLabelsInsideAndApart(const DrawnChart& chart) {
  const auto all = labels(chart.items);
  for (size_t i = 0; i < all.size(); ++i) {
    EXPECT_TRUE(inside(all[i].second, chart.frame)) << all[i].first;
    for (size_t j = i + 1; j < all.size(); ++j)
      EXPECT_FALSE(overlap(all[i].second, all[j].second)) << all[i].first << " / " << all[j].first;
  }
}

bool hasLabel(const DrawnChart& chart, const std::string& text) {
  for (const auto& [t, box] : labels(chart.items))
    if (t == text) return true;
  return false;
}

TEST(LineChart, PointsSitAtTheirValuesOnBothSeries) {
  const DrawnChart chart = draw(seriesSpec(ChartMark::Line, {"一季度", "二季度", "三季度"},
                                           {{"a1", "a2", "a3"}, {"b1", "b2", "b3"}}),
                                {metric("a1", -2.1), metric("a2", 0.5), metric("a3", 3), metric("b1", 1),
                                 metric("b2", 2), metric("b3", 4)},
                                {0, 0, 240, 170});
  const auto lines = strokedPaths(chart.items, kFirst);
  ASSERT_EQ(lines.size(), 1u);
  ASSERT_EQ(lines[0]->ops.size(), 3u);
  const auto& p = lines[0]->ops;
  // Equal steps in x; y proportional to the values (0.5 -> 3 is 2.5, -2.1 -> 0.5 is 2.6).
  EXPECT_NEAR(p[1].p[0].x - p[0].p[0].x, p[2].p[0].x - p[1].p[0].x, 0.01);
  EXPECT_NEAR((p[0].p[0].y - p[1].p[0].y) / 2.6, (p[1].p[0].y - p[2].p[0].y) / 2.5, 0.01);
  EXPECT_EQ(strokedPaths(chart.items, kSecond).size(), 1u);
  EXPECT_EQ(filledBoxes(chart.items, kFirst).size(), 4u);  // three markers and the legend swatch
  expectLabelsInsideAndApart(chart);
}

TEST(PieChart, SliceAnglesFollowTheShares) {
  const DrawnChart chart = draw(spec(ChartMark::Pie, {"a", "b", "c"}),
                                {metric("a", 50, "亿元"), metric("b", 30, "亿元"), metric("c", 20, "亿元")},
                                {0, 0, 260, 140});
  const auto first = filledBoxes(chart.items, kFirst);
  ASSERT_EQ(first.size(), 2u);  // the legend swatch, then the slice
  // The half-pie slice spans the full height of the circle and half its width.
  const Rect half = first[1];
  EXPECT_NEAR(half.width * 2, half.height, 0.5);
  EXPECT_TRUE(hasLabel(chart, "50%"));
  EXPECT_TRUE(hasLabel(chart, "30%"));
  expectLabelsInsideAndApart(chart);
}

TEST(PieChart, DonutShowsTheTotalInItsHole) {
  const DrawnChart chart = draw(spec(ChartMark::Donut, {"a", "b"}), {metric("a", 60, "亿元", 0), metric("b", 40, "亿元", 0)},
                                {0, 0, 260, 150});
  EXPECT_TRUE(hasLabel(chart, "100"));
  EXPECT_TRUE(hasLabel(chart, "合计"));
  expectLabelsInsideAndApart(chart);
}

TEST(ShareRing, ArcCoversTheShare) {
  const DrawnChart chart = draw(spec(ChartMark::Ring, {"air"}), {metric("air", 25, "%", 0)}, {0, 0, 120, 120});
  const auto arcs = strokedPaths(chart.items, kFirst);
  ASSERT_EQ(arcs.size(), 1u);
  // A quarter from twelve o'clock clockwise ends at three o'clock: one Bézier piece.
  const auto& ops = arcs[0]->ops;
  ASSERT_EQ(ops.size(), 2u);
  const Point start = ops[0].p[0], end = ops[1].p[2];
  EXPECT_NEAR(end.y - start.y, end.x - start.x, 0.01);  // right and down by the radius
  EXPECT_GT(end.x, start.x);
  EXPECT_TRUE(hasLabel(chart, "25%"));
  expectLabelsInsideAndApart(chart);
}

TEST(KpiTiles, ShowFigureUnitAndChange) {
  auto s = spec(ChartMark::Kpi, {"revenue", "entities"});
  s.series[0].data[0].change = "growth";
  s.format = "sep";
  const DrawnChart chart = draw(s, {metric("revenue", 19.34, "亿元", 2), metric("entities", 55491, "户", 0),
                                    metric("growth", 2.6, "%", 1)},
                                {0, 0, 260, 90});
  EXPECT_TRUE(hasLabel(chart, "19.34亿元"));
  EXPECT_TRUE(hasLabel(chart, "55,491户"));
  EXPECT_TRUE(hasLabel(chart, "+2.6%"));
  EXPECT_EQ(filledBoxes(chart.items, kFirst).size(), 1u);  // the rising arrow
  expectLabelsInsideAndApart(chart);
}

TEST(DataTable, RowsLineUpTheirNumbersOnTheRight) {
  auto s = spec(ChartMark::Table, {"a", "b"});
  s.series[0].data[0].change = "ga";
  const DrawnChart chart = draw(s, {metric("a", 231, "亿元", 0), metric("b", 5.1, "亿元", 1), metric("ga", 2.6)},
                                {0, 0, 220, 80});
  double right_231 = 0, right_51 = 0;
  for (const auto& [text, box] : labels(chart.items)) {
    if (text == "231亿元") right_231 = box.right();
    if (text == "5.1亿元") right_51 = box.right();
  }
  EXPECT_GT(right_231, 0);
  EXPECT_NEAR(right_231, right_51, 1.0);  // right-aligned (box ends are estimated to about a point)
  EXPECT_TRUE(hasLabel(chart, "+2.6%"));
  expectLabelsInsideAndApart(chart);
}

TEST(DataTable, TooManyRowsForTheFrameIsAnError) {
  EXPECT_THROW(draw(spec(ChartMark::Table, {"a", "b", "c"}), {metric("a", 1), metric("b", 2), metric("c", 3)},
                    {0, 0, 200, 40}),
               InputError);
}

}  // namespace
}  // namespace banmian::chart
