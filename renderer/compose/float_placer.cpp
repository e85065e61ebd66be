#include "compose/float_placer.h"

#include <algorithm>

namespace banmian::compose {
namespace {

// Rows left empty between a float and the text beside it.
constexpr int kFloatGap = 1;
// Body rows a table part must hold where its anchor falls (fewer read as a stray fragment).
constexpr size_t kFewestTableRows = 3;

}  // namespace

// At the foot of the column the anchor falls in, else at the top of the next columns; at a frame's start
// (a float carried over), at the top of its first columns, else at their foot.
bool FloatPlacer::placeFloat(const FloatFigure& figure, bool at_frame_start) {
  const model::GridArea& a = flow_.area();
  const int span = figure.columns;
  const int foot = flow_.endRow() - figure.rows;
  if (at_frame_start)
    return tryCells(figure, a.first_column, a.first_row, true) || tryCells(figure, a.first_column, foot, false);
  if (flow_.exhausted()) return false;
  const int column = flow_.column();
  if (column + span - 1 <= a.last_column && tryCells(figure, column, foot, false)) return true;
  if (column + span <= a.last_column && tryCells(figure, column + 1, a.first_row, true)) return true;
  // Else the first room left after the anchor on this page, column by column, top down.
  for (int c = column; c + span - 1 <= a.last_column; ++c)
    for (int row = c == column ? flow_.row() : a.first_row; row + figure.rows <= flow_.endRow(); ++row)
      if (tryCells(figure, c, row, true)) return true;
  return false;
}

int FloatPlacer::freeRowsFrom(int column, int span, int row) const {
  int rows = 0;
  auto free = [&](int r) {
    for (int c = column; c < column + span; ++c)
      if (!flow_.isFree(c, r)) return false;
    return true;
  };
  while (row + rows < flow_.endRow() && free(row + rows)) ++rows;
  return rows;
}

// Places as many of the table's remaining rows as this frame holds; true when the last row is placed.
bool FloatPlacer::placeTableRows(FloatFigure& table, bool at_frame_start) {
  const model::GridArea& a = flow_.area();
  if (!at_frame_start && flow_.exhausted()) return false;
  int column = at_frame_start ? a.first_column : flow_.column();
  int row = at_frame_start ? a.first_row : flow_.row();
  for (; column + table.columns - 1 <= a.last_column; column += table.columns, row = a.first_row) {
    const int free = freeRowsFrom(column, table.columns, row);
    const std::string caption = numberedCaption(
        (table.table_first > 0 ? "续" : "") + ctx_.layout.floats.table_numbering, table.anchor->caption, table.number);
    TablePart part = tablePart(ctx_, table.table, table.table_first, free - kFloatGap, caption);
    const bool whole_empty = table.table->body_rows.empty() && part.rows() + kFloatGap <= free;
    // Where the anchor falls a table starts only with a few rows or all of them; else it waits for the top of
    // a frame, which it may fill part by part.
    const size_t left = table.table->body_rows.size() - table.table_first;
    const bool enough = at_frame_start || part.last() || part.end - part.first >= std::min(left, kFewestTableRows);
    if ((part.end == part.first && !whole_empty) || !enough) continue;
    model::GridArea drawn{column, column + table.columns - 1, row, row + part.rows(), {}};
    model::GridArea taken = drawn;
    taken.last_row = std::min(flow_.endRow(), drawn.last_row + kFloatGap);
    flow_.block(taken);
    obstacles_.push_back(taken);
    drawTablePart(ctx_, part, ctx_.grid.area(drawn));
    table_rows_ += part.end - part.first;
    table.table_first = part.end;
    if (part.last()) return true;
  }
  return false;
}

bool FloatPlacer::tryCells(const FloatFigure& figure, int first_column, int first_row, bool gap_below) {
  if (first_row < flow_.area().first_row) return false;
  model::GridArea drawn{first_column, first_column + figure.columns - 1, first_row, first_row + figure.rows, {}};
  model::GridArea taken = drawn;
  if (gap_below) taken.last_row = std::min(flow_.endRow(), drawn.last_row + kFloatGap);
  else taken.first_row = std::max(flow_.area().first_row, drawn.first_row - kFloatGap);
  if (drawn.last_row > flow_.endRow() || !flow_.isFree(taken)) return false;
  flow_.block(taken);
  obstacles_.push_back(taken);
  drawFloat(ctx_, figure, drawn);
  return true;
}

}  // namespace banmian::compose
