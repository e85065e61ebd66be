#include "load/markdown_table.h"

#include <regex>

#include <cmark-gfm-core-extensions.h>
#include <fmt/format.h>

#include "base/source_text.h"

namespace banmian::load {
namespace {

// Cells the source line holds: '|' that are not escaped, less the optional outer ones.
size_t cellsInSource(const std::string& line) {
  std::string_view text = line;
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  size_t bars = 0;
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == '|' && (i == 0 || text[i - 1] != '\\')) ++bars;
  const bool leading = !text.empty() && text.front() == '|';
  const bool trailing = text.size() > 1 && text.back() == '|' && text[text.size() - 2] != '\\';
  return bars + 1 - (leading ? 1 : 0) - (trailing ? 1 : 0);
}


// A cell that quotes a metric is checked once bound (resolve).
bool isBinding(const std::string& text) { return text.find("{{") != std::string::npos; }

model::Align alignOf(uint8_t mark) {
  return mark == 'r' ? model::Align::End : mark == 'c' ? model::Align::Center : model::Align::Start;
}

}  // namespace

bool isNumberCell(const std::string& text) {
  static const std::regex number(R"([+\-−]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?)");
  return text.empty() || text == "—" || text == "-" || std::regex_match(text, number);
}

model::Table readTable(cmark_node* node, const MarkdownPositions& positions, const std::string& source) {
  model::Table table;
  const uint16_t columns = cmark_gfm_extensions_get_table_columns(node);
  const uint8_t* aligns = cmark_gfm_extensions_get_table_alignments(node);
  for (uint16_t c = 0; c < columns; ++c) table.align.push_back(alignOf(aligns ? aligns[c] : 0));
  for (cmark_node* row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
    const bool header = cmark_gfm_extensions_get_table_row_is_header(row);
    const size_t in_source = cellsInSource(std::string(lineOf(source, cmark_node_get_start_line(row))));
    if (in_source != columns)
      positions.fail(row, fmt::format("this table row has {} cells, the header {}: give every row as many", in_source,
                                      columns));
    std::vector<std::string> cells;
    for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
      cells.push_back(literalText(cell));
      const size_t column = cells.size() - 1;
      if (!header && table.align[column] == model::Align::End && !isBinding(cells.back()) && !isNumberCell(cells.back()))
        positions.fail(cell, fmt::format("'{}' is not a number, in column {} (right-aligned, so numeric) of the table",
                                         cells.back(), column + 1));
    }
    cells.resize(columns);
    if (header) table.header = std::move(cells);
    else {
      table.rows.push_back(std::move(cells));
      table.row_where.push_back(positions.at(row));
    }
  }
  return table;
}

}  // namespace banmian::load
