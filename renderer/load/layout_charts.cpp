// Chart frames' specs and the layout's chart theme.
//
//   chart:
//     mark: bar                # bar | column | line | pie | donut | ring | kpi | table
//     title: 上半年主要经济指标增速
//     data:                    # one series: metric ids, or {metric, label, change}
//       - {metric: gdp.growth, label: 地区生产总值}
//       - industry.value_added.growth
//     # or several series over shared categories:
//     # categories: [城镇, 农村]
//     # series: [{name: 增速, data: [income.urban.growth, income.rural.growth]}]
//     stacked: false
//     format: unit             # number format of the labels (base/number_format.h)
//     axis-title: 增速(%)
//     note: 数据来源：醴陵市统计局
#include <fmt/format.h>

#include "base/diagnostics.h"
#include "base/number_format.h"
#include "load/color_parser.h"
#include "load/layout_keys.h"
#include "load/layout_sections.h"
#include "load/layout_words.h"
#include "load/length.h"
#include "load/name_reference.h"
#include "load/yaml_map_reader.h"

namespace banmian::load {
namespace {

std::string asMetricId(const YamlValue& value) {
  std::string id = asString(value);
  if (id.empty()) value.fail(fmt::format("{} names no metric", value.what));
  return id;
}

// `gdp.growth` or `{metric: gdp.growth, label: 地区生产总值, change: gdp.growth.change}`.
model::ChartDatum readDatum(const YamlValue& value) {
  model::ChartDatum datum;
  if (value.node.IsScalar()) {
    datum.metric = asMetricId(value);
    datum.where = value.where;
    return datum;
  }
  const MapReader r(value, "chart datum", keys::chartDatum());
  const YamlValue metric = r.required("metric");
  datum.metric = asMetricId(metric);
  datum.where = metric.where;
  r.read("label", datum.label, asString);
  if (auto change = r.optional("change")) {
    datum.change = asMetricId(*change);
    datum.change_where = change->where;
  }
  return datum;
}

std::vector<model::ChartDatum> readData(const YamlValue& value) {
  std::vector<model::ChartDatum> data;
  for (const YamlValue& element : asList(value)) data.push_back(readDatum(element));
  if (data.empty()) value.fail(fmt::format("{} lists no data: a chart needs at least one metric", value.what));
  return data;
}

std::vector<model::ChartSeries> readSeries(const YamlValue& value, size_t categories) {
  std::vector<model::ChartSeries> series;
  for (const YamlValue& element : asList(value)) {
    const MapReader r(element, "chart series", keys::chartSeries());
    model::ChartSeries one;
    one.where = r.where();
    r.read("name", one.name, asString);
    const YamlValue data = r.required("data");
    one.data = readData(data);
    if (one.data.size() != categories)
      data.fail(fmt::format("series '{}' has {} values but the chart has {} categories", one.name, one.data.size(),
                            categories));
    series.push_back(std::move(one));
  }
  if (series.empty()) value.fail("'series' lists no series");
  return series;
}

// Either `data:` (one series), `categories:` with `series:`, or a data file's `table:` (filled in by the
// document loader, which knows the tables).
void readChartData(const MapReader& r, model::ChartSpec& spec) {
  const auto data = r.optional("data"), series = r.optional("series"), categories = r.optional("categories");
  if (data && (series || categories)) (series ? *series : *categories).fail("give either 'data' or 'series', not both");
  if (auto table = r.optional("table")) {
    if (data || series) table->fail("give either 'table' or 'data' (or 'series'), not both");
    spec.table = asString(*table);
    spec.table_where = table->where;
    r.readInteger("table-column", spec.table_column);
    return;
  }
  if (data) {
    spec.series.push_back({"", readData(*data), data->where});
    return;
  }
  if (!series) throw InputError(r.where(), "a chart needs 'data' (a list of metrics) or 'categories' and 'series'");
  if (!categories) series->fail("'series' needs 'categories': one label per value");
  spec.categories = asStringList(*categories);
  if (spec.categories.empty()) categories->fail("'categories' is empty");
  spec.series = readSeries(*series, spec.categories.size());
}

std::string asNumberFormat(const YamlValue& value) {
  std::string spec = asString(value), error;
  if (!NumberFormat::parse(spec, error)) value.fail(error);
  return spec;
}

std::string asFontRole(const YamlValue& value, const std::map<std::string, model::FontRole>& fonts) {
  return asReference(value, fonts, "font role");
}

void readThemeFonts(const YamlValue& value, const std::map<std::string, model::FontRole>& fonts,
                    model::ChartTheme& theme) {
  const MapReader r(value, "theme fonts", keys::themeFonts());
  auto role = [&](const YamlValue& v) { return asFontRole(v, fonts); };
  r.read("title", theme.title_font, role);
  r.read("label", theme.label_font, role);
  r.read("number", theme.number_font, role);
}

void readThemeSizes(const YamlValue& value, model::ChartTheme& theme) {
  const MapReader r(value, "theme sizes", keys::themeSizes());
  r.read("title", theme.title_size, asFontSize);
  r.read("label", theme.label_size, asFontSize);
  r.read("number", theme.number_size, asFontSize);
  r.read("big-number", theme.big_number_size, asFontSize);
  r.read("note", theme.note_size, asFontSize);
}

std::vector<Color> asPalette(const YamlValue& value) {
  std::vector<Color> palette;
  for (const YamlValue& element : asList(value)) palette.push_back(asColor(element));
  if (palette.empty()) value.fail("'palette' lists no colour");
  return palette;
}

}  // namespace

model::ChartSpec readChartSpec(const YamlValue& value, const MapSpec& keys) {
  const MapReader r(value, "chart", keys);
  model::ChartSpec spec;
  spec.where = r.where();
  spec.mark = asEnum(r.required("mark"), words::kChartMark);
  r.read("title", spec.title, asString);
  r.read("note", spec.note, asString);
  r.read("stacked", spec.stacked, asBool);
  r.read("format", spec.format, asNumberFormat);
  r.read("axis-title", spec.axis_title, asString);
  r.readInteger("tile-columns", spec.tile_columns);
  readChartData(r, spec);
  return spec;
}

model::ChartTheme readChartTheme(const YamlValue& value, const std::map<std::string, model::FontRole>& fonts) {
  const MapReader r(value, "theme", keys::theme());
  model::ChartTheme theme;
  theme.where = r.where();
  theme.palette = asPalette(r.required("palette"));
  r.read("ink", theme.ink, asColor);
  r.read("muted", theme.muted, asColor);
  r.read("grid", theme.grid, asColor);
  r.read("track", theme.track, asColor);
  r.read("background", theme.background, asColor);
  r.read("padding", theme.padding, asNonNegativeLength);
  readThemeFonts(r.required("fonts"), fonts, theme);
  if (theme.title_font.empty() || theme.label_font.empty() || theme.number_font.empty())
    r.required("fonts").fail("theme 'fonts' must name a font role for each of title, label and number");
  if (auto sizes = r.optional("sizes")) readThemeSizes(*sizes, theme);
  return theme;
}

}  // namespace banmian::load
