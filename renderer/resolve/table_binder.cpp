#include "resolve/table_binder.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/diagnostics.h"
#include "base/number_format.h"

namespace banmian::resolve {
namespace {

NumberFormat cellFormat(const model::TableSpec& spec) {
  std::string error;
  const std::optional<NumberFormat> format = NumberFormat::parse(spec.format, error);
  if (!format) throw InputError(spec.where, error);  // the loader checked it
  return *format;
}

std::string cellText(const model::Metric& metric, double value, const NumberFormat& format) {
  return formatQuantity(value, metric.unit, metric.decimals, format);
}

// The unit a column's numbers are in, and where it was first seen, to blame a cell that differs.
struct ColumnUnit {
  const model::Metric* first = nullptr;
  size_t first_row = 0;
};

void checkUnit(ColumnUnit& column, const model::Metric& metric, size_t row, size_t index, const SourceLocation& where) {
  if (!column.first) {
    column = {&metric, row};
    return;
  }
  if (metric.unit != column.first->unit)
    throw InputError(where, fmt::format("metric '{}' is in '{}', but column {} is in '{}' (metric '{}', row {}): the "
                                        "numbers of one column share one unit", metric.id, metric.unit, index + 1,
                                        column.first->unit, column.first->id, column.first_row + 1));
}

// Value columns that share one unit say it once over the table (单位：亿元); else each header gives its own.
void nameUnits(model::Table& table, const std::vector<std::string>& labels, const std::vector<std::string>& units) {
  const bool shared = units.size() > 1 && !units.front().empty() &&
                      std::all_of(units.begin(), units.end(), [&](const std::string& u) { return u == units.front(); });
  if (shared) table.unit = "单位：" + units.front();
  for (size_t c = 0; c < labels.size(); ++c)
    table.header.push_back(shared || units[c].empty() ? labels[c] : labels[c] + "（" + units[c] + "）");
}

model::Table rowsTable(const model::TableSpec& spec, const MetricTable& metrics) {
  model::Table table;
  const NumberFormat format = cellFormat(spec);
  std::vector<ColumnUnit> units(spec.columns.size());
  for (size_t r = 0; r < spec.rows.size(); ++r) {
    const model::TableSpec::Row& row = spec.rows[r];
    std::vector<std::string> cells = {row.label};
    for (size_t c = 0; c < row.metrics.size(); ++c) {
      if (row.metrics[c].empty()) {
        cells.emplace_back();
        continue;
      }
      const model::Metric& metric = metrics.find(row.metrics[c], row.where[c]);
      checkUnit(units[c], metric, r, c + 1, row.where[c]);
      cells.push_back(cellText(metric, metric.value, format));
    }
    table.rows.push_back(std::move(cells));
    table.row_where.push_back(row.row_where);
  }
  table.header = {spec.stub};
  std::vector<std::string> names;
  for (size_t c = 0; c < spec.columns.size(); ++c) names.push_back(units[c].first ? units[c].first->unit : "");
  nameUnits(table, spec.columns, names);
  return table;
}

// Every series of the table over the first one's periods, in its order.
void checkPeriods(const model::TableSpec& spec, const std::vector<const model::Metric*>& series) {
  for (size_t c = 1; c < series.size(); ++c)
    if (const auto period = firstDifferingPeriod(*series.front(), *series[c]))
      throw InputError(spec.series_where[c],
                       fmt::format("series '{}' and '{}' (column 1) differ at period '{}': the series of one table "
                                   "give the same periods in the same order", series[c]->id, series.front()->id,
                                   *period));
}

model::Table seriesTable(const model::TableSpec& spec, const MetricTable& metrics) {
  std::vector<const model::Metric*> series;
  for (size_t c = 0; c < spec.series.size(); ++c) {
    const model::Metric& metric = metrics.find(spec.series[c], spec.series_where[c]);
    if (metric.periods.empty())
      throw InputError(spec.series_where[c], fmt::format("metric '{}' is a single value: a table's 'series' are "
                                                         "metrics with values over periods", metric.id));
    series.push_back(&metric);
  }
  checkPeriods(spec, series);
  model::Table table;
  const NumberFormat format = cellFormat(spec);
  table.header = {spec.stub};
  std::vector<std::string> labels, names;
  for (size_t c = 0; c < series.size(); ++c) {
    labels.push_back(spec.columns.empty() ? series[c]->name : spec.columns[c]);
    names.push_back(series[c]->unit);
  }
  nameUnits(table, labels, names);
  for (size_t i = 0; i < series.front()->periods.size(); ++i) {
    std::vector<std::string> cells = {series.front()->periods[i]};
    for (const model::Metric* metric : series) cells.push_back(cellText(*metric, metric->values[i], format));
    table.rows.push_back(std::move(cells));
    table.row_where.push_back(spec.where);
  }
  return table;
}

// The metric ids a cell quotes: {{id}} and {{id|format}}.
std::vector<std::string> quotedIds(const std::string& cell) {
  std::vector<std::string> ids;
  for (size_t open = cell.find("{{"); open != std::string::npos; open = cell.find("{{", open + 2)) {
    const size_t end = cell.find_first_of("|}", open + 2);
    if (end == std::string::npos) break;
    std::string id = cell.substr(open + 2, end - open - 2);
    while (!id.empty() && id.front() == ' ') id.erase(0, 1);
    while (!id.empty() && id.back() == ' ') id.pop_back();
    ids.push_back(id);
  }
  return ids;
}

// A table that gives no notes names where its figures come from: the metrics' `source`s, each once.
std::vector<std::string> sourceNotes(const model::TableSpec& spec, const MetricTable& metrics) {
  std::vector<std::string> sources;
  auto add = [&](const std::string& id, const SourceLocation& where) {
    const std::string& source = metrics.find(id, where).source;
    if (!source.empty() && std::find(sources.begin(), sources.end(), source) == sources.end()) sources.push_back(source);
  };
  for (const auto& row : spec.rows)
    for (size_t c = 0; c < row.metrics.size(); ++c)
      if (!row.metrics[c].empty()) add(row.metrics[c], row.where[c]);
  for (size_t c = 0; c < spec.series.size(); ++c) add(spec.series[c], spec.series_where[c]);
  if (sources.empty()) return {};
  std::string note = "资料来源：";
  for (size_t i = 0; i < sources.size(); ++i) note += (i ? "；" : "") + sources[i];
  return {note + "。"};
}

}  // namespace

model::Table bindTableSpec(const model::TableSpec& spec, const MetricTable& metrics) {
  model::Table table = spec.series.empty() ? rowsTable(spec, metrics) : seriesTable(spec, metrics);
  table.align.assign(table.header.size(), model::Align::End);
  table.align[0] = model::Align::Start;
  table.notes = spec.notes.empty() ? sourceNotes(spec, metrics) : spec.notes;
  return table;
}

void checkColumnUnits(const model::Table& table, const MetricTable& metrics) {
  for (size_t c = 0; c < table.align.size(); ++c) {
    if (table.align[c] != model::Align::End) continue;
    ColumnUnit unit;
    for (size_t r = 0; r < table.rows.size(); ++r)
      for (const std::string& id : quotedIds(table.rows[r][c]))
        checkUnit(unit, metrics.find(id, table.row_where[r]), r, c, table.row_where[r]);
  }
}

}  // namespace banmian::resolve
