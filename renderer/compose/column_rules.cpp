#include "compose/column_rules.h"

namespace banmian::compose {
namespace {

// Is the gutter right of `column` blocked at `row` by a figure spanning it?
bool gutterBlocked(const std::vector<model::GridArea>& obstacles, int column, int row) {
  for (const auto& o : obstacles)
    if (o.first_column <= column && o.last_column >= column + 1 && row >= o.first_row && row < o.last_row)
      return true;
  return false;
}

}  // namespace

void drawColumnRules(ComposeContext& ctx, const model::GridArea& a, const std::vector<model::GridArea>& obstacles) {
  const model::Grid& grid = ctx.master->grid;
  if (grid.column_rule_width <= 0) return;
  for (int column = a.first_column; column < a.last_column; ++column) {
    double x = ctx.grid.columnLeft(column) + ctx.grid.columnWidth() + ctx.grid.gutter() / 2;
    int start = -1;
    for (int row = a.first_row; row <= a.last_row; ++row) {
      bool open = row < a.last_row && !gutterBlocked(obstacles, column, row);
      if (open && start < 0) start = row;
      if (!open && start >= 0) {
        display::Path rule = display::Path::line({x, ctx.grid.rowTop(start)}, {x, ctx.grid.rowTop(row)});
        rule.stroke = display::Stroke{grid.column_rule_width, grid.column_rule_color};
        ctx.items().push_back(rule);
        start = -1;
      }
    }
  }
}

}  // namespace banmian::compose
