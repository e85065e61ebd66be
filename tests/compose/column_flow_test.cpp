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

}  // namespace
}  // namespace banmian::compose
