#pragma once
// The page grid: columns with gutters across the type area, and rows of the body leading down it. Every
// frame is a rectangle of whole cells, so every body baseline on the page falls on one grid.
#include "base/geometry.h"
#include "load/model.h"

namespace banmian::compose {

class PageGrid {
 public:
  PageGrid(const model::Page& page, const model::Grid& grid);
  explicit PageGrid(const model::Master& master) : PageGrid(master.page, master.grid) {}

  int columns() const { return columns_; }
  int rows() const { return rows_; }
  double row() const { return row_; }
  double columnWidth() const { return column_width_; }
  double gutter() const { return gutter_; }
  double columnLeft(int column) const;
  // The width of `columns` columns side by side, with the gutters between them.
  double spanWidth(int columns) const { return columns * column_width_ + (columns - 1) * gutter_; }  // column counted from 1
  double rowTop(int row) const;         // row counted from 0
  Rect area(const model::GridArea& area) const;
  // The baseline of text of `size` set in `row`: centred in the row's height on the ideographic em box
  // (base/em_box.h).
  double baseline(int row, double size) const;

 private:
  double left_, top_, row_, column_width_, gutter_;
  int columns_, rows_;
};

}  // namespace banmian::compose
