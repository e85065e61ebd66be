// The body flow's rules, read off the display list of a composed page: no paragraph leaves fewer than the
// style's orphans at a column's foot or widows at its head, a section head keeps lines with it and takes
// whole rows, and every body baseline in every column stands on the one grid.
#include <gtest/gtest.h>

#include <cmath>

#include "flow_page.h"

namespace banmian::compose {
namespace {

using namespace testing;

// 乙's 4 lines meet a column with 3 rows left: 3 + 1 would leave a widow, so 2 + 2.
TEST(BodyFlowRules, NoWidowAtTheHeadOfAColumn) {
  const auto lines = pageLines(composePage(flowLayout(10), flowDocument({{"甲", 7}, {"乙", 4}})));
  EXPECT_EQ(linesIn(lines, "甲", 1), 7);
  EXPECT_EQ(linesIn(lines, "乙", 1) + linesIn(lines, "乙", 2), 4);
  EXPECT_EQ(linesIn(lines, "乙", 1), 2);
  EXPECT_EQ(linesIn(lines, "乙", 2), 2);
}

// 乙's 3 lines meet a column with 1 row left: that row stays empty rather than hold an orphan.
TEST(BodyFlowRules, NoOrphanAtTheFootOfAColumn) {
  const auto lines = pageLines(composePage(flowLayout(10), flowDocument({{"甲", 9}, {"乙", 3}})));
  EXPECT_EQ(linesIn(lines, "甲", 1), 9);
  EXPECT_EQ(linesIn(lines, "乙", 1), 0);
  EXPECT_EQ(linesIn(lines, "乙", 2), 3);
}

// The numbers come from the paragraph style, not a constant: widows 3 carries three lines over, orphans 3
// leaves two rows at a column's foot empty.
TEST(BodyFlowRules, WidowsAndOrphansAreTheStylesNumbers) {
  auto layout = flowLayout(10);
  layout.paragraph_styles["body"].widows = 3;
  auto lines = pageLines(composePage(layout, flowDocument({{"甲", 6}, {"乙", 5}})));  // 4 rows left: 2 + 3
  EXPECT_EQ(linesIn(lines, "乙", 1), 2);
  EXPECT_EQ(linesIn(lines, "乙", 2), 3);
  layout = flowLayout(10);
  layout.paragraph_styles["body"].orphans = 3;
  lines = pageLines(composePage(layout, flowDocument({{"甲", 8}, {"乙", 5}})));  // 2 rows left: fewer than 3
  EXPECT_EQ(linesIn(lines, "乙", 1), 0);
  EXPECT_EQ(linesIn(lines, "乙", 2), 5);
}

// 甲 leaves 4 rows; the head (3 rows) plus the two lines it keeps need 5: it moves to the next column, and
// the paragraph after it starts on the row after its third.
TEST(BodyFlowRules, SectionHeadKeepsLinesWithItAndTakesWholeRows) {
  const auto lines = pageLines(composePage(flowLayout(10), flowDocument({{"甲", 6}, {}, {"乙", 4}})));
  const PageLine* head = nullptr;
  const PageLine* first_after = nullptr;
  for (const auto& line : lines) {
    if (line.text.find("第一节标题") != std::string::npos) head = &line;
    if (line.text.rfind("乙", 0) == 0 && !first_after) first_after = &line;
  }
  ASSERT_NE(head, nullptr);
  ASSERT_NE(first_after, nullptr);
  EXPECT_EQ(head->column, 2);
  EXPECT_EQ(first_after->column, head->column);
  EXPECT_NEAR(rowOf(*first_after), 3, 1e-9);  // rows 0-2 are the head's
  EXPECT_EQ(linesIn(lines, "乙", 2), 4);
}

// 14 lines over columns of 10 rows, with a section head in column 2: every body baseline in both columns is
// on a grid row, the columns' first lines share row 0, and the lines follow each other row by row.
TEST(BodyFlowRules, BaselinesSitOnTheGridInEveryColumn) {
  const auto lines = pageLines(composePage(flowLayout(10), flowDocument({{"甲", 12}, {}, {"乙", 3}})));
  int body[3] = {0, 0, 0};
  double last_row[3] = {-1, -1, -1};
  for (const auto& line : lines) {
    if (std::abs(line.size - kBodySize) > 1e-9) continue;
    const double row = rowOf(line);
    EXPECT_NEAR(row, std::round(row), 1e-9) << line.text << " in column " << line.column;
    if (body[line.column]++ == 0) {
      EXPECT_NEAR(row, 0, 1e-9) << "the first line of column " << line.column;
    }
    EXPECT_GT(row, last_row[line.column]) << line.text;
    last_row[line.column] = row;
  }
  EXPECT_EQ(body[1], 10);
  EXPECT_EQ(body[2], 2 + 3);
}

}  // namespace
}  // namespace banmian::compose
