#include "compose/page_grid.h"

#include <cmath>

namespace banmian::compose {

PageGrid::PageGrid(const model::Layout& layout)
    : left_(layout.page.margin_left),
      top_(layout.page.margin_top),
      row_(layout.grid.row),
      gutter_(layout.grid.gutter),
      columns_(layout.grid.columns) {
  double width = layout.page.width - layout.page.margin_left - layout.page.margin_right;
  double height = layout.page.height - layout.page.margin_top - layout.page.margin_bottom;
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

double PageGrid::baseline(int row, double size) const { return rowTop(row) + (row_ - size) / 2 + 0.88 * size; }

}  // namespace banmian::compose
