// Photos and metrics: lists of records keyed by id.
#include <cmath>
#include <map>
#include <set>

#include <fmt/format.h>

#include "base/limits.h"
#include "load/document_keys.h"
#include "load/independent_parts.h"
#include "load/document_sections.h"
#include "load/file_access.h"
#include "load/layout_sections.h"
#include "load/yaml_map_reader.h"

namespace banmian::load {
namespace {

// Ids are how prose and frames refer to records, so two records must not share one.
class IdRegistry {
 public:
  explicit IdRegistry(std::string_view kind) : kind_(kind) {}
  std::string claim(const YamlValue& value) {
    std::string id = asString(value);
    if (id.empty()) value.fail(fmt::format("{} id is empty", kind_));
    if (auto [first, inserted] = seen_.emplace(id, value.where); !inserted)
      value.fail(fmt::format("duplicate {} id '{}' (first at line {})", kind_, id, first->second.line));
    return id;
  }

 private:
  std::string kind_;
  std::map<std::string, SourceLocation> seen_;
};


// A figure that any report could print: finite (YAML's .inf and .nan are numbers to yaml-cpp) and
// within the limit 'metric-magnitude', so that no format can overflow into "inf%".
double asMetricValue(const YamlValue& value) {
  const double number = asNumber(value);
  if (!std::isfinite(number)) value.fail(fmt::format("'value' must be a finite number, not '{}'", value.node.Scalar()));
  if (std::abs(number) > limit("metric-magnitude"))
    value.fail(fmt::format("'value' {} {}", value.node.Scalar(), exceededLimit("metric-magnitude")));
  return number;
}

}  // namespace

namespace {

model::Photo readPhoto(const YamlValue& element, const std::string& file_root, IdRegistry& ids) {
  const MapReader r(element, "photo", keys::photo());
  model::Photo photo;
  photo.where = r.where();
  photo.id = ids.claim(r.required("id"));
  photo.caption = asString(r.required("caption"));
  r.read("file", photo.file, [&](const YamlValue& file) {
    return accessNamedFile(file_root, asString(file), file.where, "photo file");
  });
  return photo;
}

// The id of a photo that could not be read, when it has one, so that figures naming it are not blamed too.
std::optional<model::Photo> standInPhoto(const YamlValue& element) {
  if (!element.node.IsMap() || !element.node["id"] || !element.node["id"].IsScalar()) return std::nullopt;
  model::Photo photo;
  photo.id = element.node["id"].Scalar();
  photo.where = element.where;
  return photo;
}

}  // namespace

std::vector<model::Photo> readPhotos(const YamlValue& value, const std::string& file_root, DiagnosticSink& sink) {
  std::vector<model::Photo> photos;
  IdRegistry ids("photo");
  for (const YamlValue& element : asList(value))
    if (!readPart(sink, [&] { photos.push_back(readPhoto(element, file_root, ids)); }))
      if (auto stand_in = standInPhoto(element)) photos.push_back(std::move(*stand_in));
  return photos;
}

namespace {

// `values:` as a map {period: value, …} in the order written, or a list beside `periods:`.
void readSeries(const MapReader& r, const YamlValue& values, model::Metric& metric) {
  if (values.node.IsMap()) {
    for (const auto& item : MapReader::withAnyKeys(values, "values").entries()) {
      const YamlValue &period = item.first, &value = item.second;  // not bindings: clang 14 cannot capture those
      metric.periods.push_back(asString(period));
      metric.values.push_back(asMetricValue(value));
    }
  } else {
    const YamlValue periods = r.required("periods");
    for (const YamlValue& period : asList(periods)) metric.periods.push_back(asString(period));
    for (const YamlValue& value : asList(values)) metric.values.push_back(asMetricValue(value));
    if (metric.periods.size() != metric.values.size())
      values.fail(fmt::format("series '{}' has {} values for {} periods: give one value per period", metric.id,
                              metric.values.size(), metric.periods.size()));
  }
  if (metric.values.empty()) values.fail(fmt::format("series '{}' has no values", metric.id));
  std::set<std::string> seen;
  for (const auto& period : metric.periods)
    if (!seen.insert(period).second) values.fail(fmt::format("series '{}' gives period '{}' twice", metric.id, period));
  metric.value = metric.values.back();
  metric.period = metric.periods.back();
}

model::Metric readMetric(const YamlValue& element, IdRegistry& ids) {
  const MapReader r(element, "metric", keys::metric());
  model::Metric metric;
  metric.where = r.where();
  metric.id = ids.claim(r.required("id"));
  metric.name = asString(r.required("name"));
  metric.unit = asString(r.required("unit"));
  const auto value = r.optional("value"), values = r.optional("values");
  if (value && values) values->fail("a metric has 'value' (a scalar) or 'values' (a series), not both");
  if (values) {
    readSeries(r, *values, metric);
  } else {
    metric.value = asMetricValue(r.required("value"));
    metric.period = asString(r.required("period"));
  }
  r.read("period", metric.period, asString);
  r.readInteger("decimals", metric.decimals);
  if (auto previous = r.optional("previous")) metric.previous = asMetricValue(*previous);
  r.read("source", metric.source, asString);
  return metric;
}

}  // namespace

std::vector<model::Metric> readMetrics(const YamlValue& value, DiagnosticSink& sink) {
  std::vector<model::Metric> metrics;
  IdRegistry ids("metric");
  for (const YamlValue& element : asList(value))
    readPart(sink, [&] { metrics.push_back(readMetric(element, ids)); });
  return metrics;
}

// A bad chart still claims its id, so the figure that anchors it is not blamed too.
std::map<std::string, model::FigureChart> readFigureCharts(const YamlValue& value, DiagnosticSink& sink) {
  std::map<std::string, model::FigureChart> charts;
  for (const auto& item : MapReader::withAnyKeys(value, "charts").entries()) {
    const YamlValue &key = item.first, &entry = item.second;  // clang 14 captures no structured binding
    model::FigureChart chart;
    chart.id = asString(key);
    chart.where = key.where;
    readPart(sink, [&] {
      chart.spec = readChartSpec(entry, keys::figureChart());
      const MapReader r(entry, "chart", keys::figureChart());
      r.readInteger("columns", chart.columns);
      r.readInteger("rows", chart.rows);
    });
    charts[chart.id] = std::move(chart);
  }
  return charts;
}

}  // namespace banmian::load
