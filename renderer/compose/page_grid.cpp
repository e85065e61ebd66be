#include "compose/page_grid.h"

#include <cmath>

#include "base/em_box.h"

namespace banmian::compose {

PageGrid::PageGrid(const model::Page& page, const model::Grid& grid)
    : left_(page.margin_left), top_(page.margin_top), row_(grid.row), gutter_(grid.gutter), columns_(grid.columns) {
  double width = page.width - page.margin_left - page.margin_right;
  double height = page.height - page.margin_top - page.margin_bottom;
  column_width_ = (width - gutter_ * (columns_ - 1)) / columns_;
  rows_ = static_cast<int>(std::floor(height / row_ + 1e-9));
}

double PageGrid::columnLeft(int column) const { return left_ + (column - 1) * (column_width_ + gutter_); }

double PageGrid::rowTop(int row) const { return top_ + row * row_; }

Rect PageGrid::area(const model::GridArea& a) const {
  double x = columnLeft(a.first_column);
  double right = columnLeft(a.last_column) + column_width_;
  return {x, rowTop(a.first_row), right - x, (a.last_row - a.first_row) * row_};
}

double PageGrid::baseline(int row, double size) const { return baselineInRow(rowTop(row), row_, size); }

}  // namespace banmian::compose
