#pragma once
// The threaded body: the flow frame's columns, minus the figures placed over them, become a sequence of
// regions (unbroken runs of grid rows in one column). Text fills them row by row, column after column.
#include <vector>

#include "load/model.h"

namespace banmian::compose {

struct FlowRegion {
  int column = 1;
  int first_row = 0, end_row = 0;  // [first_row, end_row)
};

struct FlowSlot {
  int column = 1;
  int row = 0;
};

class ColumnFlow {
 public:
  ColumnFlow(const model::GridArea& area, const std::vector<model::GridArea>& obstacles);

  bool exhausted() const { return region_ >= regions_.size(); }
  bool atRegionTop() const;
  int rowsLeftInRegion() const;
  // Takes the next row, moving on to the next region when this one is full. Requires !exhausted().
  FlowSlot takeRow();
  void nextRegion();
  const std::vector<FlowRegion>& regions() const { return regions_; }
  size_t regionIndex() const { return region_; }

 private:
  void settle();  // moves past a full region

  std::vector<FlowRegion> regions_;
  size_t region_ = 0;
  int row_ = 0;  // next free row in the current region
};

// How many of a paragraph's `left` remaining lines to set in a region with `rows` free rows: never fewer
// than `orphans` at the paragraph's start (`first_chunk`), never so many that fewer than `widows` are
// carried into the next region. Zero means: leave this region's last rows empty and start in the next.
size_t linesForRegion(size_t left, size_t rows, bool first_chunk, bool at_region_top, int orphans, int widows);

}  // namespace banmian::compose
