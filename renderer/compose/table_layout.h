#pragma once
// A three-line table (三线表) set for the page: column widths from the cells' text, every cell set by the
// typesetter, rows of whole grid rows, and the parts a long table breaks into, each with its header.
#include <memory>
#include <string>
#include <vector>

#include "compose/compose_context.h"

namespace banmian::compose {

struct TableLayout {
  const model::Table* table = nullptr;
  SourceLocation where;
  double width = 0;
  std::vector<double> columns;                                   // widths, pt
  std::vector<std::vector<typeset::TypesetLine>> header;         // per column
  std::vector<std::vector<std::vector<typeset::TypesetLine>>> body;  // per row, per column
  // Per row, per column: how far a number moves left of the column's right edge so that the decimal points
  // of a numeric column line up (the widest decimals less its own); 0 in text columns.
  std::vector<std::vector<double>> decimal_shift;
  int header_rows = 0;
  int unit_rows = 0;           // the line 单位：… under the caption, on every part
  std::vector<int> body_rows;  // grid rows of each body row
  int notes_rows = 0;
  const model::ParagraphStyle* style = nullptr;
};

// One part of a table on the page: body rows [first, end), the caption (续表 on a continuation), the notes on
// the last part.
struct TablePart {
  std::shared_ptr<const TableLayout> layout;
  size_t first = 0, end = 0;
  std::string caption;  // "表1　…" or "续表1　…"
  int caption_rows = 0;
  bool last() const { return end == layout->table->rows.size(); }
  int rows() const;     // grid rows, caption to notes
};

std::shared_ptr<const TableLayout> layOutTable(ComposeContext& ctx, const model::Block& anchor, double width);

// The rows [first, …) of `layout` that fit `rows` grid rows (none when not even one body row fits).
TablePart tablePart(ComposeContext& ctx, std::shared_ptr<const TableLayout> layout, size_t first, int rows,
                    const std::string& caption);

void drawTablePart(ComposeContext& ctx, const TablePart& part, const Rect& area);

}  // namespace banmian::compose
