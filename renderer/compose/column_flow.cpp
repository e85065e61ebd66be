#include "compose/column_flow.h"

namespace banmian::compose {
namespace {

bool covers(const model::GridArea& a, int column, int row) {
  return column >= a.first_column && column <= a.last_column && row >= a.first_row && row < a.last_row;
}

}  // namespace

ColumnFlow::ColumnFlow(const model::GridArea& area, const std::vector<model::GridArea>& obstacles) {
  for (int column = area.first_column; column <= area.last_column; ++column) {
    int start = -1;
    for (int row = area.first_row; row <= area.last_row; ++row) {
      bool free = row < area.last_row;
      for (const auto& o : obstacles) free = free && !covers(o, column, row);
      if (free && start < 0) start = row;
      if (!free && start >= 0) {
        regions_.push_back({column, start, row});
        start = -1;
      }
    }
  }
  if (!regions_.empty()) row_ = regions_.front().first_row;
}

bool ColumnFlow::atRegionTop() const { return !exhausted() && row_ == regions_[region_].first_row; }

int ColumnFlow::rowsLeftInRegion() const { return exhausted() ? 0 : regions_[region_].end_row - row_; }

FlowSlot ColumnFlow::takeRow() {
  FlowSlot slot{regions_[region_].column, row_};
  ++row_;
  settle();
  return slot;
}

void ColumnFlow::nextRegion() {
  ++region_;
  if (!exhausted()) row_ = regions_[region_].first_row;
}

void ColumnFlow::settle() {
  if (!exhausted() && row_ >= regions_[region_].end_row) nextRegion();
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
