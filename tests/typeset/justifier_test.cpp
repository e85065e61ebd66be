#include "typeset/justifier.h"

#include <gtest/gtest.h>

#include "synthetic_clusters.h"

namespace banmian::typeset {
namespace {

using testing::clustersOf;

double rightEdge(const std::vector<ShapedCluster>& c, LineSpan s, const std::vector<double>& xs) {
  return xs.back() + c[s.end - 1].advance;
}

TEST(Justifier, JustifiedLineFillsTheMeasureExactly) {
  auto c = clustersOf("一二三四，五六七");  // 8 em in a 9 em measure
  LineSpan s{0, c.size()};
  auto placed = placeClusters(c, s, 81, Align::Justify);
  EXPECT_DOUBLE_EQ(placed.pens.front(), 0);
  EXPECT_NEAR(rightEdge(c, s, placed.pens), 81, 1e-9);
  EXPECT_NEAR(placed.extent, 81, 1e-9);
}

TEST(Justifier, SpreadsSlackEvenlyBetweenCharacters) {
  auto c = clustersOf("一二三四五");
  auto xs = placeClusters(c, {0, c.size()}, 49, Align::Justify).pens;  // 4 pt over 4 gaps
  for (size_t i = 1; i < xs.size(); ++i) EXPECT_NEAR(xs[i] - xs[i - 1], 10, 1e-9);
}

TEST(Justifier, NeverStretchesInsideANumber) {
  auto c = clustersOf("增长14.6%全年");
  auto xs = placeClusters(c, {0, c.size()}, 80, Align::Justify).pens;
  for (size_t i = 3; i < 7; ++i) EXPECT_NEAR(xs[i] - xs[i - 1], c[i - 1].advance, 1e-9) << i;
}

TEST(Justifier, NeverStretchesInsideADash) {
  auto c = clustersOf("一——二");
  auto xs = placeClusters(c, {0, c.size()}, 45, Align::Justify).pens;
  EXPECT_NEAR(xs[2] - xs[1], 9, 1e-9);
}

TEST(Justifier, AlignsStartCenterEnd) {
  auto c = clustersOf("一二");
  EXPECT_DOUBLE_EQ(placeClusters(c, {0, 2}, 36, Align::Start).pens.front(), 0);
  EXPECT_DOUBLE_EQ(placeClusters(c, {0, 2}, 36, Align::Center).pens.front(), 9);
  EXPECT_DOUBLE_EQ(placeClusters(c, {0, 2}, 36, Align::End).pens.front(), 18);
}

TEST(Justifier, TrailingSpaceHangsOutsideTheMeasure) {
  auto c = clustersOf("ab cd ");
  EXPECT_DOUBLE_EQ(naturalWidth(c, {0, c.size()}), 5 * 4.5);
}

}  // namespace
}  // namespace banmian::typeset
