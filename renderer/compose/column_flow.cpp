#include "compose/column_flow.h"

#include <algorithm>

namespace banmian::compose {

ColumnFlow::ColumnFlow(const model::GridArea& area, const std::vector<model::GridArea>& obstacles, int row_limit)
    : area_(area),
      end_row_(row_limit < 0 ? area.last_row : std::min(area.last_row, area.first_row + row_limit)),
      blocked_(static_cast<size_t>((area.last_column - area.first_column + 1) * (area.last_row - area.first_row)), 0),
      column_(area.first_column),
      row_(area.first_row),
      lowest_(area.first_row) {
  for (const auto& o : obstacles) block(o);
  settle();
}

size_t ColumnFlow::index(int column, int row) const {
  return static_cast<size_t>((column - area_.first_column) * (area_.last_row - area_.first_row) +
                             (row - area_.first_row));
}

bool ColumnFlow::blocked(int column, int row) const {
  return column < area_.first_column || column > area_.last_column || row < area_.first_row || row >= end_row_ ||
         blocked_[index(column, row)];
}

// Rows behind the text's position are taken; blocked cells belong to figures.
bool ColumnFlow::isFree(int column, int row) const {
  if (column < column_ || (column == column_ && row < row_)) return false;
  return !blocked(column, row);
}

bool ColumnFlow::isFree(const model::GridArea& cells) const {
  for (int c = cells.first_column; c <= cells.last_column; ++c)
    for (int r = cells.first_row; r < cells.last_row; ++r)
      if (!isFree(c, r)) return false;
  return true;
}

void ColumnFlow::block(const model::GridArea& cells) {
  const int last_row = std::min(cells.last_row, area_.last_row);
  for (int c = std::max(cells.first_column, area_.first_column); c <= std::min(cells.last_column, area_.last_column); ++c)
    for (int r = std::max(cells.first_row, area_.first_row); r < last_row; ++r) blocked_[index(c, r)] = 1;
  if (!exhausted() && blocked(column_, row_)) {
    settle();
    ++moves_;
  }
}

void ColumnFlow::settle() {
  while (!exhausted() && blocked(column_, row_)) {
    if (++row_ >= end_row_) {
      ++column_;
      row_ = area_.first_row;
    }
  }
}

bool ColumnFlow::atRegionTop() const { return !exhausted() && (row_ == area_.first_row || blocked(column_, row_ - 1)); }

int ColumnFlow::rowsLeftInRegion() const {
  if (exhausted()) return 0;
  int rows = 0;
  while (!blocked(column_, row_ + rows)) ++rows;
  return rows;
}

FlowSlot ColumnFlow::takeRow() {
  FlowSlot slot{column_, row_};
  ++taken_;
  lowest_ = std::max(lowest_, row_ + 1);
  ++row_;
  if (blocked(column_, row_)) {
    settle();
    ++moves_;  // the region is full: the next row starts another
  }
  return slot;
}

void ColumnFlow::nextRegion() {
  if (exhausted()) return;
  row_ += rowsLeftInRegion();
  settle();
  ++moves_;
}

std::vector<FlowRegion> ColumnFlow::regions() const {
  std::vector<FlowRegion> out;
  for (int c = column_; c <= area_.last_column; ++c) {
    int start = -1;
    for (int r = c == column_ ? row_ : area_.first_row; r <= end_row_; ++r) {
      const bool free = !blocked(c, r);
      if (free && start < 0) start = r;
      if (!free && start >= 0) {
        out.push_back({c, start, r});
        start = -1;
      }
    }
  }
  return out;
}

size_t linesForRegion(size_t left, size_t rows, bool first_chunk, bool at_region_top, int orphans, int widows) {
  if (left <= rows) return left;
  size_t k = rows;
  if (left - k < static_cast<size_t>(widows)) k = left > static_cast<size_t>(widows) ? left - widows : 0;
  if (first_chunk && k < static_cast<size_t>(orphans)) k = 0;
  // At the top of a region moving on cannot help: set what fits.
  if (k == 0 && at_region_top) k = rows;
  return k;
}

}  // namespace banmian::compose
