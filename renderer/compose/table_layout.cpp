#include "compose/table_layout.h"

#include <algorithm>
#include <numeric>

#include "base/em_box.h"
#include "compose/line_painter.h"
#include "compose/text_frame.h"

namespace banmian::compose {
namespace {

constexpr double kThickRule = 1.0, kThinRule = 0.5;  // pt: the three rules of a 三线表

std::string shown(const std::string& cell) { return cell.empty() ? "—" : cell; }

model::ParagraphStyle cellStyle(const model::ParagraphStyle& base, model::Align align) {
  model::ParagraphStyle style = base;
  style.indent = 0;
  style.align = style.last_line = align;
  return style;
}

double naturalWidth(ComposeContext& ctx, const std::string& text, const model::ParagraphStyle& style,
                    const SourceLocation& where) {
  return ctx.typesetter.naturalWidth(ctx.styles.paragraph(text, cellStyle(style, model::Align::Start), where));
}

// Numeric columns align on the decimal point: a cell with fewer decimals than the column's most stands
// left of the right edge by the width of the decimals it lacks (the point included).
std::vector<std::vector<double>> decimalShifts(ComposeContext& ctx, const model::Table& table,
                                               const model::ParagraphStyle& style, const SourceLocation& where) {
  std::vector<std::vector<double>> decimals(table.rows.size(), std::vector<double>(table.header.size(), 0));
  std::vector<double> widest(table.header.size(), 0);
  for (size_t r = 0; r < table.rows.size(); ++r)
    for (size_t c = 0; c < table.rows[r].size(); ++c) {
      const size_t point = table.rows[r][c].find('.');
      if (table.align[c] != model::Align::End || point == std::string::npos) continue;
      decimals[r][c] = naturalWidth(ctx, table.rows[r][c].substr(point), style, where);
      widest[c] = std::max(widest[c], decimals[r][c]);
    }
  for (size_t r = 0; r < table.rows.size(); ++r)
    for (size_t c = 0; c < table.header.size(); ++c)
      decimals[r][c] = table.align[c] == model::Align::End ? widest[c] - decimals[r][c] : 0;
  return decimals;
}

// Widths from each column's widest cell (a number with its decimal shift) plus a half em each side; text
// columns give way when the table is too wide, numeric ones do not.
std::vector<double> columnWidths(ComposeContext& ctx, const model::Table& table, const model::ParagraphStyle& style,
                                 double width, const std::vector<std::vector<double>>& shifts,
                                 const SourceLocation& where) {
  std::vector<double> natural(table.header.size(), 0);
  auto measure = [&](const std::string& text, size_t c, double shift) {
    const double w = naturalWidth(ctx, shown(text), style, where) + shift;
    natural[c] = std::max(natural[c], w + style.size);
  };
  for (size_t c = 0; c < table.header.size(); ++c) measure(table.header[c], c, 0);
  for (size_t r = 0; r < table.rows.size(); ++r)
    for (size_t c = 0; c < table.rows[r].size(); ++c) measure(table.rows[r][c], c, shifts[r][c]);
  double fixed = 0, flexible = 0;
  for (size_t c = 0; c < natural.size(); ++c) (table.align[c] == model::Align::End ? fixed : flexible) += natural[c];
  if (fixed + flexible > width && flexible > 0) {
    const double room = std::max(width - fixed, 2 * style.size);
    for (size_t c = 0; c < natural.size(); ++c)
      if (table.align[c] != model::Align::End) natural[c] = std::max(2 * style.size, natural[c] * room / flexible);
  }
  const double total = std::accumulate(natural.begin(), natural.end(), 0.0);
  for (double& w : natural) w *= width / total;
  return natural;
}

std::vector<typeset::TypesetLine> setCell(ComposeContext& ctx, const TableLayout& layout, const std::string& text,
                                          size_t column, bool header) {
  const model::Align align = header ? model::Align::Center : layout.table->align[column];
  const model::ParagraphStyle style = cellStyle(*layout.style, align);
  return ctx.typesetter.set(ctx.styles.paragraph(shown(text), style, layout.where), layout.columns[column] - style.size);
}

int rowsOf(const std::vector<std::vector<typeset::TypesetLine>>& cells) {
  size_t lines = 1;
  for (const auto& cell : cells) lines = std::max(lines, cell.size());
  return static_cast<int>(lines);
}

void rule(ComposeContext& ctx, double x, double y, double width, double weight) {
  display::Path line = display::Path::line({x, y}, {x + width, y});
  line.stroke = display::Stroke{weight, Color::black()};
  ctx.items().push_back(line);
}

// The cells of one row, each line on the grid from the row's top; numbers moved by their decimal shift.
void drawRow(ComposeContext& ctx, const TableLayout& layout, const std::vector<std::vector<typeset::TypesetLine>>& cells,
             const std::vector<double>& shifts, double left, double top) {
  double x = left;
  for (size_t c = 0; c < cells.size(); ++c) {
    for (size_t i = 0; i < cells[c].size(); ++i)
      paintLine(cells[c][i], x + layout.style->size / 2 - (c < shifts.size() ? shifts[c] : 0),
                baselineInRow(top + i * ctx.grid.row(), ctx.grid.row(), layout.style->size), ctx.items());
    x += layout.columns[c];
  }
}

// Lines of text set across the table (caption, notes), stacked a row apart from `top`.
double drawText(ComposeContext& ctx, const TableLayout& layout, const std::string& text, model::Align align,
                double left, double top) {
  auto lines = ctx.typesetter.set(ctx.styles.paragraph(text, cellStyle(*layout.style, align), layout.where), layout.width);
  for (size_t i = 0; i < lines.size(); ++i)
    paintLine(lines[i], left, baselineInRow(top + i * ctx.grid.row(), ctx.grid.row(), layout.style->size), ctx.items());
  return top + lines.size() * ctx.grid.row();
}

int textRows(ComposeContext& ctx, const TableLayout& layout, const std::string& text) {
  if (text.empty()) return 0;
  return static_cast<int>(
      ctx.typesetter.set(ctx.styles.paragraph(text, cellStyle(*layout.style, model::Align::Start), layout.where), layout.width)
          .size());
}

}  // namespace

int TablePart::rows() const {
  int rows = caption_rows + layout->unit_rows + layout->header_rows;
  for (size_t i = first; i < end; ++i) rows += layout->body_rows[i];
  return rows + (last() ? layout->notes_rows : 0);
}

std::shared_ptr<const TableLayout> layOutTable(ComposeContext& ctx, const model::Block& anchor, double width) {
  auto layout = std::make_shared<TableLayout>();
  layout->table = &*anchor.table;
  layout->where = anchor.where;
  layout->width = width;
  layout->style = &ctx.styles.paragraphStyle(ctx.layout.floats.table_style, anchor.where,
                                             "tables (floats: table-style)");
  layout->decimal_shift = decimalShifts(ctx, *layout->table, *layout->style, anchor.where);
  layout->columns = columnWidths(ctx, *layout->table, *layout->style, width, layout->decimal_shift, anchor.where);
  for (size_t c = 0; c < layout->table->header.size(); ++c)
    layout->header.push_back(setCell(ctx, *layout, layout->table->header[c], c, true));
  layout->header_rows = rowsOf(layout->header);
  for (const auto& row : layout->table->rows) {
    std::vector<std::vector<typeset::TypesetLine>> cells;
    for (size_t c = 0; c < row.size(); ++c) cells.push_back(setCell(ctx, *layout, row[c], c, false));
    layout->body_rows.push_back(rowsOf(cells));
    layout->body.push_back(std::move(cells));
  }
  for (const auto& note : layout->table->notes) layout->notes_rows += textRows(ctx, *layout, note);
  layout->unit_rows = textRows(ctx, *layout, layout->table->unit);
  return layout;
}

TablePart tablePart(ComposeContext& ctx, std::shared_ptr<const TableLayout> layout, size_t first, int rows,
                    const std::string& caption) {
  TablePart part{layout, first, first, caption, textRows(ctx, *layout, caption)};
  int used = part.caption_rows + layout->unit_rows + layout->header_rows;
  while (part.end < layout->body_rows.size() && used + layout->body_rows[part.end] <= rows)
    used += layout->body_rows[part.end++];
  // The notes go with the last rows; when they do not fit, the last row waits for the next part.
  if (part.last() && used + layout->notes_rows > rows && part.end > first + 1) --part.end;
  return part;
}

void drawTablePart(ComposeContext& ctx, const TablePart& part, const Rect& area) {
  const TableLayout& layout = *part.layout;
  double y = drawText(ctx, layout, part.caption, model::Align::Center, area.x, area.y);
  if (!layout.table->unit.empty()) y = drawText(ctx, layout, layout.table->unit, model::Align::End, area.x, y);
  rule(ctx, area.x, y, layout.width, kThickRule);
  drawRow(ctx, layout, layout.header, {}, area.x, y);
  y += layout.header_rows * ctx.grid.row();
  rule(ctx, area.x, y, layout.width, kThinRule);
  for (size_t i = part.first; i < part.end; ++i) {
    drawRow(ctx, layout, layout.body[i], layout.decimal_shift[i], area.x, y);
    y += layout.body_rows[i] * ctx.grid.row();
  }
  rule(ctx, area.x, y, layout.width, kThickRule);
  if (!part.last()) return;
  for (const auto& note : layout.table->notes) y = drawText(ctx, layout, note, model::Align::Start, area.x, y);
}

}  // namespace banmian::compose
