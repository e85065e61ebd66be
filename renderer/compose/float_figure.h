#pragma once
// A figure that a story anchors (`![说明](photo:ID)`, `![说明](chart:ID)`) and that floats in the flow:
// its size in grid cells, its numbered caption, and how it is drawn once the flow has placed it.
#include <string>

#include "compose/compose_context.h"
#include "compose/table_layout.h"

namespace banmian::compose {

struct FloatFigure {
  const model::Block* anchor = nullptr;
  int columns = 1;        // columns spanned
  int rows = 0;           // grid rows: the picture or chart, then the caption
  int caption_rows = 0;
  std::string caption;    // "图1　说明"
  // A table, which may break into parts: its layout and the first body row not yet placed.
  std::shared_ptr<const TableLayout> table;
  size_t table_first = 0;
  int number = 0;
};

// "图{n}" with `number` for n, then the caption after an ideographic space.
std::string numberedCaption(const std::string& numbering, const std::string& caption, int number);

// Measures the figure for a flow of `flow_columns` columns on the current page's grid. `number` is its
// place among the document's floats (图1, 图2, …).
FloatFigure measureFloat(ComposeContext& ctx, const model::Block& anchor, int flow_columns, int number);

// Draws the figure into `cells` of the current page.
void drawFloat(ComposeContext& ctx, const FloatFigure& figure, const model::GridArea& cells);

}  // namespace banmian::compose
