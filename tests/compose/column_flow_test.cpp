#include "compose/column_flow.h"

#include <gtest/gtest.h>

namespace banmian::compose {
namespace {

TEST(ColumnFlow, CutsColumnsAroundObstacles) {
  ColumnFlow flow({1, 3, 0, 20, {}}, {{2, 3, 5, 10, {}}});
  const auto& r = flow.regions();
  ASSERT_EQ(r.size(), 5u);
  EXPECT_EQ(r[0].column, 1);
  EXPECT_EQ(r[0].end_row, 20);
  EXPECT_EQ(r[1].column, 2);
  EXPECT_EQ(r[1].end_row, 5);
  EXPECT_EQ(r[2].first_row, 10);
  EXPECT_EQ(r[4].column, 3);
  EXPECT_EQ(r[4].first_row, 10);
}

TEST(ColumnFlow, TakesRowsColumnAfterColumn) {
  ColumnFlow flow({1, 2, 0, 2, {}}, {});
  EXPECT_TRUE(flow.atRegionTop());
  FlowSlot a = flow.takeRow(), b = flow.takeRow(), c = flow.takeRow();
  EXPECT_EQ(a.column, 1);
  EXPECT_EQ(b.row, 1);
  EXPECT_EQ(c.column, 2);
  EXPECT_EQ(c.row, 0);
  flow.takeRow();
  EXPECT_TRUE(flow.exhausted());
}

TEST(ColumnFlow, SkipsAColumnCoveredWhole) {
  ColumnFlow flow({1, 2, 0, 4, {}}, {{1, 1, 0, 4, {}}});
  ASSERT_EQ(flow.regions().size(), 1u);
  EXPECT_EQ(flow.takeRow().column, 2);
}

struct ChunkCase {
  size_t left, rows;
  bool first, at_top;
  size_t expected;
};

class LinesForRegion : public ::testing::TestWithParam<ChunkCase> {};

TEST_P(LinesForRegion, KeepsWidowsAndOrphansAway) {
  const ChunkCase& c = GetParam();
  EXPECT_EQ(linesForRegion(c.left, c.rows, c.first, c.at_top, 2, 2), c.expected)
      << c.left << " lines, " << c.rows << " rows";
}

INSTANTIATE_TEST_SUITE_P(
    Cases, LinesForRegion,
    ::testing::Values(ChunkCase{5, 10, true, false, 5},   // fits
                      ChunkCase{5, 3, true, false, 3},    // 3 here, 2 carried over
                      ChunkCase{5, 4, true, false, 3},    // not 4: one line alone at the next head (widow)
                      ChunkCase{5, 1, true, false, 0},    // one first line alone at the foot (orphan)
                      ChunkCase{2, 1, true, false, 0},    // a two-line paragraph never splits
                      ChunkCase{3, 2, false, false, 1},   // continuing: 1 here, 2 carried over
                      ChunkCase{5, 1, true, true, 1}),    // at a region top nothing better exists
    [](const auto& info) {
      const ChunkCase& c = info.param;
      return std::to_string(c.left) + "Lines" + std::to_string(c.rows) + "Rows" + (c.first ? "First" : "Continued") +
             (c.at_top ? "AtTop" : "");
    });

}  // namespace
}  // namespace banmian::compose
