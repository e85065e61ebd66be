#include "resolve/prose_binder.h"

#include <fmt/format.h>

#include "base/diagnostics.h"
#include "base/iso_date.h"
#include "base/source_text.h"
#include "base/number_format.h"
#include "load/document_keys.h"
#include "load/markdown_table.h"
#include "load/name_reference.h"
#include "resolve/table_binder.h"

namespace banmian::resolve {
namespace {

// The place `bytes` into a run of text that starts at `where`: exact as long as the run sits on one line,
// which is how metric references are written (a soft break inside a run makes the column approximate).
SourceLocation offsetBy(const SourceLocation& where, std::string_view text, size_t bytes) {
  SourceLocation out = where;
  if (out.known()) out.column += characterColumn(text, bytes) - 1;
  return out;
}

std::string trimmed(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return std::string(text);
}

// The text between "{{" and "}}": "gdp.growth" or "gdp.growth|unit".
std::string bindReference(std::string_view inside, const BindingScope& scope, const SourceLocation& where) {
  const size_t bar = inside.find('|');
  const std::string id = trimmed(inside.substr(0, bar));
  const std::string format = bar == std::string_view::npos ? "" : trimmed(inside.substr(bar + 1));
  if (id.empty()) throw InputError(where, "'{{}}' names no metric: write {{metric.id}} or {{metric.id|format}}");
  return scope.value(id, format, where);
}

// Cells quote metrics too; a numeric (right-aligned) column must read as numbers once bound.
void bindTable(model::Table& table, const BindingScope& scope, const SourceLocation& where) {
  for (size_t r = 0; r < table.rows.size(); ++r) {
    for (size_t c = 0; c < table.rows[r].size(); ++c) {
      std::string& cell = table.rows[r][c];
      cell = bindText(cell, scope, table.row_where[r]);
      if (table.align[c] == model::Align::End && !load::isNumberCell(cell))
        throw InputError(table.row_where[r], fmt::format("'{}' is not a number, in column {} (right-aligned, so "
                                                         "numeric) of the table", cell, c + 1));
    }
  }
  for (auto& cell : table.header) cell = bindText(cell, scope, where);
  for (auto& note : table.notes) note = bindText(note, scope, where);
  table.caption = bindText(table.caption, scope, where);
  table.unit = bindText(table.unit, scope, where);
}

// A table anchored by id (![说明](table:ID)) is built from the data's metrics; a GFM table quotes them.
void bindBlocks(std::vector<model::Block>& blocks, const BindingScope& scope, const MetricTable& metrics,
                const std::map<std::string, model::TableSpec>& tables) {
  for (auto& block : blocks) {
    for (auto& span : block.spans) span.text = bindText(span.text, scope, span.where);
    block.caption = bindText(block.caption, scope, block.where);
    if (block.figure == model::FigureKind::Table && !block.table) {
      block.table = bindTableSpec(tables.at(block.figure_id), metrics);
      block.table->caption = block.caption;
    } else if (block.table) {
      checkColumnUnits(*block.table, metrics);
      bindTable(*block.table, scope, block.where);
    }
  }
}


}  // namespace

std::string formatMetric(const model::Metric& metric, const std::string& format, const SourceLocation& where,
                         const ChangeWording& wording) {
  std::string error;
  const std::optional<NumberFormat> parsed = NumberFormat::parse(format, error);
  if (!parsed) throw InputError(where, error);
  return formatQuantity(metric.value, metric.unit, metric.decimals, *parsed, wording);
}

std::string BindingScope::publicationValue(const std::string& key, const std::string& format,
                                           const SourceLocation& where) const {
  if (!publication_)
    throw InputError(where, fmt::format("'{{{{publication.{}}}}}' needs the data file's 'publication:'", key));
  const model::Publication& p = *publication_;
  if (key == "date" && !format.empty()) {
    const std::optional<IsoDate> date = parseIsoDate(p.date);
    if (!date) throw InputError(where, "the data file's publication gives no date");
    if (format == "zh-date") return chineseDate(*date);
    if (format == "zh-weekday") return chineseWeekday(*date);
    throw InputError(where, fmt::format("unknown date format '{}' (zh-date, zh-weekday)", format));
  }
  if (key == "paper") return p.paper;
  if (key == "date") return p.date;
  if (key == "edition") return std::to_string(p.edition);
  if (key == "section") return p.section;
  // The keys templates may quote are those the data file's `publication:` table has.
  throw load::unknownNameError(where, key, "publication key", load::keys::publication().names());
}

std::string BindingScope::value(const std::string& id, const std::string& format, const SourceLocation& where) const {
  if (id == "page" || id == "pages") {
    if (!page_numbers_)
      throw InputError(where, fmt::format("'{{{{{}}}}}' is known only in a layout's text templates", id));
    return "{{" + id + "}}";
  }
  if (id.starts_with("publication.")) return publicationValue(id.substr(12), format, where);
  if (id.starts_with("fields.")) {
    auto field = fields_ ? fields_->find(id.substr(7)) : std::map<std::string, model::Field>::const_iterator{};
    if (!fields_ || field == fields_->end())
      throw InputError(where, fmt::format("'{{{{{}}}}}' names no field of the data file", id));
    return field->second.text;
  }
  return formatMetric(metrics_.find(id, where), format, where, wording_ ? *wording_ : ChangeWording{});
}

std::string bindText(const std::string& text, const BindingScope& scope, const SourceLocation& where) {
  std::string out;
  size_t done = 0;
  for (size_t open = text.find("{{"); open != std::string::npos; open = text.find("{{", done)) {
    const size_t close = text.find("}}", open + 2);
    // A "{{" before the "}}" means this one was never closed: the "}}" belongs to the next reference.
    if (close == std::string::npos || text.find("{{", open + 2) < close)
      throw InputError(offsetBy(where, text, open), "'{{' is not closed: write {{metric.id}} or {{metric.id|format}}");
    out.append(text, done, open - done);
    out += bindReference(std::string_view(text).substr(open + 2, close - open - 2), scope, offsetBy(where, text, open));
    done = close + 2;
  }
  out.append(text, done);
  return out;
}

void bindProse(model::Document& document, const ChangeWording& wording) {
  const MetricTable metrics(document.metrics);
  // Fields quote metrics, but not other fields.
  const BindingScope scope(metrics, document.publication ? &*document.publication : nullptr, false, nullptr, &wording);
  for (auto& [name, story] : document.stories) bindBlocks(story.blocks, scope, metrics, document.tables);
  for (auto& [name, field] : document.fields) field.text = bindText(field.text, scope, field.where);
  for (auto& photo : document.photos) photo.caption = bindText(photo.caption, scope, photo.where);
}

}  // namespace banmian::resolve
