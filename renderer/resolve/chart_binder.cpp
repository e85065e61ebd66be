#include "resolve/chart_binder.h"

#include <cmath>

#include <fmt/format.h>

#include "base/diagnostics.h"
#include "base/number_format.h"

namespace banmian::resolve {
namespace {

using model::ChartMark;

ChartValue bindValue(const model::ChartDatum& datum, const MetricTable& metrics) {
  const model::Metric& metric = metrics.find(datum.metric, datum.where);
  ChartValue value{datum.label.empty() ? metric.name : datum.label, metric.id, metric.value, metric.unit,
                   metric.decimals, std::nullopt, "", 0, datum.where};
  if (!datum.change.empty()) {
    const model::Metric& change = metrics.find(datum.change, datum.change_where);
    value.change = change.value;
    value.change_unit = change.unit;
    value.change_decimals = change.decimals;
  }
  return value;
}

std::string quoted(const ChartValue& v) {
  return fmt::format("metric '{}' is {}{}", v.metric, formatNumber(v.value, v.decimals), v.unit);
}

// Marks that draw one series only.
bool singleSeries(ChartMark mark) {
  return mark == ChartMark::Pie || mark == ChartMark::Donut || mark == ChartMark::Ring || mark == ChartMark::Kpi ||
         mark == ChartMark::Table;
}

// Bars, columns, lines and pies put every value on one scale, so they must share a unit.
void checkOneUnit(const ChartData& data) {
  const ChartMark mark = data.spec->mark;
  if (mark == ChartMark::Kpi || mark == ChartMark::Table) return;
  for (const auto& series : data.series)
    for (const auto& v : series.values)
      if (v.unit != data.unit)
        throw InputError(v.where, fmt::format("{}, but the chart's first value is in '{}': values on one scale "
                                              "must share a unit", quoted(v), data.unit));
}

void checkValue(ChartMark mark, const ChartValue& v) {
  if (!std::isfinite(v.value)) throw InputError(v.where, fmt::format("metric '{}' is not a number", v.metric));
  if ((mark == ChartMark::Pie || mark == ChartMark::Donut) && v.value < 0)
    throw InputError(v.where, fmt::format("a pie cannot show a negative slice: {}", quoted(v)));
  if (mark == ChartMark::Ring && v.unit != "%")
    throw InputError(v.where, fmt::format("a ring shows a share in %: {}", quoted(v)));
  if (mark == ChartMark::Ring && (v.value < 0 || v.value > 100))
    throw InputError(v.where, fmt::format("a share must lie between 0 and 100 %: {}", quoted(v)));
}

void checkMark(const ChartData& data) {
  const model::ChartSpec& spec = *data.spec;
  if (singleSeries(spec.mark) && data.series.size() > 1)
    throw InputError(spec.where, "this mark draws one series: give 'data', not several 'series'");
  if (spec.mark == ChartMark::Line && data.categories.size() < 2)
    throw InputError(spec.where, "a line needs at least two points");
  double total = 0;
  for (const auto& series : data.series)
    for (const auto& v : series.values) {
      checkValue(spec.mark, v);
      total += v.value;
    }
  if ((spec.mark == ChartMark::Pie || spec.mark == ChartMark::Donut) && total <= 0)
    throw InputError(spec.where, "a pie needs a total above zero: every slice is empty");
  checkOneUnit(data);
}

// Series metrics drawn over their periods: data: [cpi.monthly] draws a point or column per month, and
// data: [cpi.monthly, ppi.monthly] a line (or columns) for each over the periods they share.
bool bindSeriesMetrics(const model::ChartSpec& spec, const MetricTable& metrics, ChartData& data) {
  if (spec.series.size() != 1 || !spec.categories.empty()) return false;
  const std::vector<model::ChartDatum>& data_refs = spec.series.front().data;
  const model::Metric& first = metrics.find(data_refs.front().metric, data_refs.front().where);
  if (first.periods.empty()) return false;
  for (const model::ChartDatum& datum : data_refs) {
    const model::Metric& metric = metrics.find(datum.metric, datum.where);
    if (metric.periods.empty())
      throw InputError(datum.where, fmt::format("metric '{}' is a single value, but '{}' is a series over periods: "
                                                "a chart draws series or single values, not both", metric.id, first.id));
    if (const auto period = firstDifferingPeriod(first, metric))
      throw InputError(datum.where, fmt::format("series '{}' and '{}' differ at period '{}': the series of one chart "
                                                "give the same periods in the same order", metric.id, first.id, *period));
    ChartSeriesData series{datum.label.empty() ? metric.name : datum.label, {}};
    for (size_t i = 0; i < metric.periods.size(); ++i)
      series.values.push_back({metric.periods[i], metric.id, metric.values[i], metric.unit, metric.decimals,
                               std::nullopt, "", 0, datum.where});
    data.series.push_back(std::move(series));
  }
  data.categories = first.periods;
  return true;
}

}  // namespace

ChartData bindChart(const model::ChartSpec& spec, const MetricTable& metrics) {
  if (spec.series.empty())  // `table:` on a layout's chart frame: the layout has no tables to take it from
    throw InputError(spec.table.empty() ? spec.where : spec.table_where,
                     "only a data file's charts (under 'charts:') take their data from one of its tables");
  ChartData data;
  data.spec = &spec;
  if (bindSeriesMetrics(spec, metrics, data)) {
    data.unit = data.series.front().values.front().unit;
    checkMark(data);
    return data;
  }
  for (const auto& series : spec.series) {
    ChartSeriesData bound{series.name, {}};
    for (const auto& datum : series.data) bound.values.push_back(bindValue(datum, metrics));
    data.series.push_back(std::move(bound));
  }
  data.categories = spec.categories;
  if (data.categories.empty())
    for (const auto& v : data.series.front().values) data.categories.push_back(v.label);
  data.unit = data.series.front().values.front().unit;
  checkMark(data);
  return data;
}

}  // namespace banmian::resolve
