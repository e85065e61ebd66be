#include "compose/page_grid.h"

#include <gtest/gtest.h>

#include "small_page.h"

namespace banmian::compose {
namespace {

TEST(PageGrid, DividesTheTypeAreaIntoColumnsAndRows) {
  PageGrid g(testing::smallLayout().masters[0]);
  EXPECT_DOUBLE_EQ(g.columnWidth(), 126);
  EXPECT_DOUBLE_EQ(g.columnLeft(1), 20);
  EXPECT_DOUBLE_EQ(g.columnLeft(2), 154);
  EXPECT_EQ(g.rows(), 27);  // 360 / 13
  EXPECT_DOUBLE_EQ(g.rowTop(3), 59);
}

TEST(PageGrid, AreasSpanWholeCells) {
  PageGrid g(testing::smallLayout().masters[0]);
  Rect r = g.area({1, 2, 4, 10, {}});
  EXPECT_DOUBLE_EQ(r.x, 20);
  EXPECT_DOUBLE_EQ(r.width, 260);
  EXPECT_DOUBLE_EQ(r.y, 20 + 4 * 13);
  EXPECT_DOUBLE_EQ(r.height, 6 * 13);
}

TEST(PageGrid, CentresTheEmBoxInTheRow) {
  PageGrid g(testing::smallLayout().masters[0]);
  // 9 pt in a 13 pt row: 2 pt above the em box, whose baseline is 0.88 em below its top.
  EXPECT_DOUBLE_EQ(g.baseline(0, 9), 20 + 2 + 0.88 * 9);
}

}  // namespace
}  // namespace banmian::compose
