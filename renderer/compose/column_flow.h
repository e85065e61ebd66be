#pragma once
// The cells of one flow frame that text may take: the frame's columns, minus the fixed frames placed
// over them and the floats placed as the story goes, and, when columns are balanced, minus the rows
// below a height limit. Text fills them row by row, column after column, in regions: unbroken runs of
// free rows in one column.
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
  // `row_limit`: rows from the area's top that text may use in each column (balancing); < 0 = all.
  ColumnFlow(const model::GridArea& area, const std::vector<model::GridArea>& obstacles, int row_limit = -1);

  bool exhausted() const { return column_ > area_.last_column; }
  bool atRegionTop() const;
  int rowsLeftInRegion() const;
  // Takes the next row, moving on to the next region when this one is full. Requires !exhausted().
  FlowSlot takeRow();
  void nextRegion();
  // Every region still free, from the current position on (for tests and diagnostics).
  std::vector<FlowRegion> regions() const;
  // Counts the moves from region to region: a change says the text has moved on.
  size_t regionIndex() const { return moves_; }

  const model::GridArea& area() const { return area_; }
  int column() const { return column_; }
  int row() const { return row_; }
  int endRow() const { return end_row_; }
  int rowsTaken() const { return taken_; }
  // The lowest row any text took, plus one (the balanced height's end).
  int lowestRowTaken() const { return lowest_; }
  bool isFree(int column, int row) const;
  bool isFree(const model::GridArea& cells) const;
  // Takes cells away from the text (a float); moves on when the current row is among them.
  void block(const model::GridArea& cells);

 private:
  size_t index(int column, int row) const;
  bool blocked(int column, int row) const;  // by a figure, the limit or the area's edge
  void settle();  // moves to the next free row when the current one is not free

  model::GridArea area_;
  int end_row_;
  std::vector<char> blocked_;  // column-major, one per cell
  int column_, row_;
  size_t moves_ = 0;
  int taken_ = 0;
  int lowest_ = 0;
};

// How many of a paragraph's `left` remaining lines to set in a region with `rows` free rows: never fewer
// than `orphans` at the paragraph's start (`first_chunk`), never so many that fewer than `widows` are
// carried into the next region. Zero means: leave this region's last rows empty and start in the next.
size_t linesForRegion(size_t left, size_t rows, bool first_chunk, bool at_region_top, int orphans, int widows);

}  // namespace banmian::compose
