// Three-line tables (三线表) on the display list: where the three rules lie and how heavy they are, no
// vertical rules, and numbers aligned on their decimal point.
#include <gtest/gtest.h>

#include "multi_page.h"

namespace banmian::compose {
namespace {

using namespace testing;

model::Block tableOf(const std::vector<std::vector<std::string>>& rows) {
  model::Block anchor = block(model::Block::Kind::Figure, "", 5);
  anchor.figure = model::FigureKind::Table;
  anchor.caption = "主要指标";
  model::Table table;
  table.header = {"指标", "数值"};
  table.align = {model::Align::Start, model::Align::End};
  for (size_t i = 0; i < rows.size(); ++i) {
    table.rows.push_back(rows[i]);
    table.row_where.push_back({"article.md", 7 + static_cast<int>(i), 1});
  }
  table.caption = anchor.caption;
  anchor.table = table;
  return anchor;
}

Composed composeTable(const model::Block& table) {
  auto layout = chainLayout(2);
  layout.paragraph_styles["table"] = testing::style("table", "song", 9);
  return composeAll(layout, storyOf({table, paragraph(paragraphOfLines(2), 20)}));
}

struct Rule {
  Point a, b;
  double weight;
};

// Straight strokes of two points, horizontal or vertical: the table's rules and the column rules.
std::vector<Rule> strokes(const display::Page& page, bool vertical) {
  std::vector<Rule> out;
  for (const auto& item : page.items)
    if (auto* p = std::get_if<display::Path>(&item); p && p->stroke && p->ops.size() == 2) {
      const Point a = p->ops[0].p[0], b = p->ops[1].p[0];
      if ((a.x == b.x) == vertical) out.push_back({a, b, p->stroke->width});
    }
  return out;
}

// A vertical stroke that reaches between two heights (the column rules stop above and below the table).
bool crosses(const Rule& rule, double top, double bottom) {
  return std::min(rule.a.y, rule.b.y) < bottom - 0.01 && std::max(rule.a.y, rule.b.y) > top + 0.01;
}

// The table is the story's first block: it stands at the frame's top (row 2 of page 1, y = 20 + 2 x 13)
// across both columns (20 to 20 + 2 x 126 + 8). Caption one row, then the thick rule; the header one row,
// then the thin rule; three body rows, then the thick rule.
TEST(ThreeLineTable, RulesLieUnderTheCaptionTheHeaderAndTheLastRow) {
  const Composed c = composeTable(tableOf({{"甲", "1.5"}, {"乙", "2.5"}, {"丙", "3.5"}}));
  const double top = 20 + 2 * 13, row = 13;
  const std::vector<Rule> rules = strokes(c.doc.pages[0], false);
  ASSERT_EQ(rules.size(), 3u);
  const double ys[] = {top + row, top + 2 * row, top + 5 * row}, weights[] = {1.0, 0.5, 1.0};
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_DOUBLE_EQ(rules[i].a.y, ys[i]) << i;
    EXPECT_DOUBLE_EQ(rules[i].b.y, ys[i]) << i;
    EXPECT_DOUBLE_EQ(rules[i].weight, weights[i]) << i;
    EXPECT_DOUBLE_EQ(rules[i].a.x, 20) << i;
    EXPECT_DOUBLE_EQ(rules[i].b.x, 20 + 2 * 126 + 8) << i;
  }
  for (const Rule& vertical : strokes(c.doc.pages[0], true))  // no vertical rules within the table
    EXPECT_FALSE(crosses(vertical, ys[0], ys[2])) << vertical.a.x << "," << vertical.a.y << " " << vertical.b.y;
}

// A table's unit (单位：亿元) stands at its right end under the caption, a row above the top rule.
TEST(ThreeLineTable, TheUnitStandsOverTheRightEnd) {
  model::Block table = tableOf({{"甲", "1.5"}, {"乙", "2.5"}, {"丙", "3.5"}});
  table.table->unit = "单位：亿元";
  const Composed c = composeTable(table);
  const double top = 20 + 2 * 13, row = 13;
  const std::vector<Rule> rules = strokes(c.doc.pages[0], false);
  ASSERT_EQ(rules.size(), 3u);
  EXPECT_DOUBLE_EQ(rules[0].a.y, top + 2 * row);  // caption, unit, then the thick rule
  EXPECT_DOUBLE_EQ(rules[2].a.y, top + 6 * row);
  const display::GlyphRun* unit = nullptr;
  for (const auto* run : runsOf(c.doc.pages[0]))
    if (run->text.find("单位") != std::string::npos) unit = run;
  ASSERT_NE(unit, nullptr);
  EXPECT_GT(unit->origin.x + unit->glyphs.front().x, 20 + 260 - 6 * 9 - 1);  // six characters of 9 pt end at 280
  EXPECT_GT(unit->origin.y, top + row);
  EXPECT_LT(unit->origin.y, top + 2 * row);
}

const display::GlyphRun* runOf(const display::Page& page, const std::string& text) {
  for (const auto* run : runsOf(page))
    if (run->text == text) return run;
  return nullptr;
}

// Where the decimal point of a number is drawn (its glyph's pen position).
double pointX(const display::GlyphRun& run) {
  const size_t at = run.text.find('.');
  EXPECT_NE(at, std::string::npos) << run.text;
  EXPECT_EQ(run.glyphs.size(), run.text.size()) << run.text;  // ASCII: one glyph per character
  return run.origin.x + run.glyphs[at].x;
}

TEST(ThreeLineTable, NumbersAlignOnTheirDecimalPoint) {
  const Composed c = composeTable(tableOf({{"甲", "78.35"}, {"乙", "5.1"}, {"丙", ""}, {"丁", "-12"}}));
  const display::Page& page = c.doc.pages[0];
  const auto* two = runOf(page, "78.35");
  const auto* one = runOf(page, "5.1");
  const auto* whole = runOf(page, "-12");
  ASSERT_TRUE(two && one && whole && runOf(page, "—"));  // the empty cell reads —
  EXPECT_NEAR(pointX(*one), pointX(*two), 0.01);
  // A whole number ends where the others' points stand.
  EXPECT_LT(whole->origin.x + whole->glyphs.back().x, pointX(*two));
  EXPECT_GT(whole->origin.x + whole->glyphs.back().x, pointX(*two) - 9);
}

// Page 1 has two columns, page 2 three of the same total width: the table that does not fit at the foot of
// page 1 goes on at the top of page 2 across all three, and no text of the third column is set beside it.
TEST(ThreeLineTable, ATableCarriedToAPageOfThreeColumnsSpansThemAll) {
  auto layout = chainLayout(2);
  layout.paragraph_styles["table"] = testing::style("table", "song", 9);
  layout.masters[1].grid.columns = 3;
  layout.masters[1].frames[0].area.last_column = 3;
  const auto table = tableOf({{"甲", "1.5"}, {"乙", "2.5"}, {"丙", "3.5"}, {"丁", "4.5"}, {"戊", "5.5"}});
  const Composed c = composeAll(layout, storyOf({paragraph(paragraphOfLines(34), 3), table,
                                                 paragraph(paragraphOfLines(60), 30)}));
  ASSERT_GE(c.doc.pages.size(), 2u);
  EXPECT_TRUE(strokes(c.doc.pages[0], false).empty());  // nothing of the table on page 1
  const std::vector<Rule> rules = strokes(c.doc.pages[1], false);
  ASSERT_EQ(rules.size(), 3u);
  EXPECT_DOUBLE_EQ(rules[0].a.x, 20);
  EXPECT_DOUBLE_EQ(rules[2].b.x, 280);
  const double third = 20 + 2 * ((260 - 2 * 8) / 3.0 + 8);  // the third column's left edge
  size_t beside = 0, below = 0;
  for (const auto* run : runsOf(c.doc.pages[1]))
    if (run->origin.x >= third - 0.01) (run->origin.y < rules[2].a.y ? beside : below) += 1;
  EXPECT_EQ(beside, 0u);
  EXPECT_GT(below, 0u);  // the control: the third column has text, under the table
}

}  // namespace
}  // namespace banmian::compose
