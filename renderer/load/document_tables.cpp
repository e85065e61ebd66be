// `tables:` of a data file: tables built from metrics, and the charts that take their data from one.
//
//   tables:
//     gdp-sectors:
//       stub: 产业                          # header of the row labels
//       columns: [增加值, 同比增长]          # value columns; the unit comes from the metrics
//       rows:
//         - {label: 第一产业, metrics: [gdp.primary, gdp.primary.growth]}
//       notes: [资料来源：青岚县统计局]
//     cpi-months: {stub: 月份, series: [cpi.monthly]}   # series as columns, their periods as rows
#include <fmt/format.h>

#include "base/diagnostics.h"
#include "base/number_format.h"
#include "load/document_keys.h"
#include "load/document_sections.h"
#include "load/independent_parts.h"
#include "load/yaml_map_reader.h"

namespace banmian::load {
namespace {

// A metric id, or nothing ("" or ~) for an empty cell.
std::string asCellMetric(const YamlValue& value) { return value.node.IsNull() ? "" : asString(value); }

model::TableSpec::Row readRow(const YamlValue& value, size_t columns) {
  const MapReader r(value, "table row", keys::tableRow());
  model::TableSpec::Row row;
  row.row_where = r.where();
  row.label = asString(r.required("label"));
  const YamlValue metrics = r.required("metrics");
  for (const YamlValue& cell : asList(metrics)) {
    row.metrics.push_back(asCellMetric(cell));
    row.where.push_back(cell.where);
  }
  if (row.metrics.size() != columns)
    metrics.fail(fmt::format("this table row has {} cells, the table {} columns: give every row as many",
                             row.metrics.size(), columns));
  return row;
}

void readColumns(const YamlValue& value, model::TableSpec& table) {
  for (const YamlValue& column : asList(value)) {
    table.columns.push_back(asString(column));
    table.column_where.push_back(column.where);
  }
  if (table.columns.empty()) value.fail("'columns' lists no column");
}

// Rows of metric ids under `columns`, or `series` whose periods are the rows.
void readTableBody(const MapReader& r, model::TableSpec& table) {
  const auto rows = r.optional("rows"), series = r.optional("series"), columns = r.optional("columns");
  if (rows && series) series->fail("a table has 'rows' (of metrics) or 'series' (columns over periods), not both");
  if (columns) readColumns(*columns, table);
  if (series) {
    for (const YamlValue& id : asList(*series)) {
      table.series.push_back(asString(id));
      table.series_where.push_back(id.where);
    }
    if (table.series.empty()) series->fail("'series' lists no metric");
    if (columns && table.columns.size() != table.series.size())
      columns->fail(fmt::format("the table has {} columns for {} series: give one per series", table.columns.size(),
                                table.series.size()));
    return;
  }
  if (!rows) throw InputError(r.where(), "a table needs 'rows' (each a label and its metrics) or 'series'");
  if (!columns) rows->fail("'rows' needs 'columns': one header per metric of a row");
  for (const YamlValue& row : asList(*rows)) table.rows.push_back(readRow(row, table.columns.size()));
  if (table.rows.empty()) rows->fail("'rows' lists no row");
}

std::string asCellFormat(const YamlValue& value) {
  std::string spec = asString(value), error;
  const auto format = NumberFormat::parse(spec, error);
  if (!format) value.fail(error);
  if (format->unit || format->change != NumberFormat::Change::None)
    value.fail("a table's cells are numbers under a header that gives the unit: no 'unit', 'trend' or 'pp'");
  return spec;
}

}  // namespace

std::map<std::string, model::TableSpec> readTables(const YamlValue& value, DiagnosticSink& sink) {
  std::map<std::string, model::TableSpec> tables;
  for (const auto& item : MapReader::withAnyKeys(value, "tables").entries()) {
    const YamlValue &key = item.first, &entry = item.second;  // clang 14 captures no structured binding
    model::TableSpec table;
    table.id = asString(key);
    table.where = key.where;
    readPart(sink, [&] {
      const MapReader r(entry, "table", keys::table());
      r.read("stub", table.stub, asString);
      r.read("format", table.format, asCellFormat);
      r.read("notes", table.notes, asStringList);
      readTableBody(r, table);
    });
    tables[table.id] = std::move(table);  // with a mistake, still defined: anchors are not blamed again
  }
  return tables;
}

namespace {

// The value columns a chart takes: all, or the one `table-column` names.
std::vector<size_t> chartColumns(const model::ChartSpec& spec, size_t columns) {
  if (spec.table_column > static_cast<int>(columns))
    throw InputError(spec.table_where, fmt::format("'table-column' is {}, but table '{}' has {} value columns",
                                                   spec.table_column, spec.table, columns));
  if (spec.table_column > 0) return {static_cast<size_t>(spec.table_column - 1)};
  std::vector<size_t> all(columns);
  for (size_t c = 0; c < columns; ++c) all[c] = c;
  return all;
}

model::ChartSeries seriesOfColumn(const model::TableSpec& table, size_t column, bool named) {
  model::ChartSeries series{named ? table.columns[column] : "", {}, table.column_where[column]};
  for (const auto& row : table.rows) {
    if (row.metrics[column].empty())
      throw InputError(row.where[column], fmt::format("table '{}' has no metric here, and a chart draws every cell of "
                                                      "its column", table.id));
    series.data.push_back({row.metrics[column], row.label, "", row.where[column], {}});
  }
  return series;
}

}  // namespace

void fillChartFromTable(model::ChartSpec& spec, const std::map<std::string, model::TableSpec>& tables) {
  if (spec.table.empty()) return;
  const auto found = tables.find(spec.table);
  if (found == tables.end())
    throw InputError(spec.table_where, fmt::format("the data file has no table '{}' under 'tables:'", spec.table));
  const model::TableSpec& table = found->second;
  if (!table.series.empty()) {  // series columns: the chart draws them over their periods
    model::ChartSeries series{"", {}, spec.table_where};
    for (size_t column : chartColumns(spec, table.series.size())) {
      const std::string label = table.columns.empty() ? "" : table.columns[column];
      series.data.push_back({table.series[column], label, "", table.series_where[column], {}});
    }
    spec.series.push_back(std::move(series));
    return;
  }
  const std::vector<size_t> columns = chartColumns(spec, table.columns.size());
  for (size_t column : columns) spec.series.push_back(seriesOfColumn(table, column, columns.size() > 1));
  if (columns.size() > 1)
    for (const auto& row : table.rows) spec.categories.push_back(row.label);
}

}  // namespace banmian::load
