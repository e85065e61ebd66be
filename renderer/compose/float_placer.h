#pragma once
// Where a story's figures and tables go in one flow frame: at the foot of the anchor's column or the top of
// the next, else the first room after the anchor; a table where its anchor falls, going on part by part
// under its header repeated. It takes the cells from the text's ColumnFlow and draws what it places.
#include <vector>

#include "compose/column_flow.h"
#include "compose/compose_context.h"
#include "compose/float_figure.h"

namespace banmian::compose {

class FloatPlacer {
 public:
  // `obstacles` gathers the cells taken, for the column rules.
  FloatPlacer(ComposeContext& ctx, ColumnFlow& flow, std::vector<model::GridArea>& obstacles)
      : ctx_(ctx), flow_(flow), obstacles_(obstacles) {}

  // A figure where its anchor falls, or (`at_frame_start`) one carried over from an earlier frame.
  bool placeFloat(const FloatFigure& figure, bool at_frame_start);
  // As many of the table's remaining rows as this frame holds; true when its last row is placed.
  bool placeTableRows(FloatFigure& table, bool at_frame_start);
  size_t tableRowsPlaced() const { return table_rows_; }

 private:
  bool tryCells(const FloatFigure& figure, int first_column, int first_row, bool gap_below);
  int freeRowsFrom(int column, int span, int row) const;

  ComposeContext& ctx_;
  ColumnFlow& flow_;
  std::vector<model::GridArea>& obstacles_;
  size_t table_rows_ = 0;
};

}  // namespace banmian::compose
