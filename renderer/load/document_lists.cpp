// Photos and metrics: lists of records keyed by id.
#include <map>

#include <fmt/format.h>

#include "load/document_sections.h"
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

std::string resolvePhotoFile(const YamlValue& value, const std::filesystem::path& base_dir) {
  const std::string name = asString(value);
  const std::filesystem::path file = std::filesystem::absolute(base_dir / name).lexically_normal();
  std::error_code error;
  if (!std::filesystem::is_regular_file(file, error))
    value.fail(fmt::format("photo file '{}' not found (looked for {})", name, file.string()));
  return file.string();
}

}  // namespace

std::vector<model::Photo> readPhotos(const YamlValue& value, const std::filesystem::path& base_dir) {
  std::vector<model::Photo> photos;
  IdRegistry ids("photo");
  for (const YamlValue& element : asList(value)) {
    const MapReader r(element, "photo", {"id", "caption", "file"});
    model::Photo photo;
    photo.where = r.where();
    photo.id = ids.claim(r.required("id"));
    photo.caption = asString(r.required("caption"));
    r.read("file", photo.file, [&](const YamlValue& file) { return resolvePhotoFile(file, base_dir); });
    photos.push_back(std::move(photo));
  }
  return photos;
}

std::vector<model::Metric> readMetrics(const YamlValue& value) {
  std::vector<model::Metric> metrics;
  IdRegistry ids("metric");
  for (const YamlValue& element : asList(value)) {
    const MapReader r(element, "metric", {"id", "name", "value", "unit", "period", "decimals"});
    model::Metric metric;
    metric.where = r.where();
    metric.id = ids.claim(r.required("id"));
    metric.name = asString(r.required("name"));
    metric.value = asNumber(r.required("value"));
    metric.unit = asString(r.required("unit"));
    metric.period = asString(r.required("period"));
    r.read("decimals", metric.decimals, [](const YamlValue& v) { return asIntInRange(v, 0, 10); });
    metrics.push_back(std::move(metric));
  }
  return metrics;
}

std::map<std::string, model::FigureChart> readFigureCharts(const YamlValue& value) {
  std::map<std::string, model::FigureChart> charts;
  for (const auto& [key, entry] : MapReader::withAnyKeys(value, "charts").entries()) {
    model::FigureChart chart;
    chart.id = asString(key);
    chart.where = key.where;
    chart.spec = readChartSpec(entry, {"columns", "rows"});
    const MapReader r = MapReader::withAnyKeys(entry, "chart");
    r.read("columns", chart.columns, [](const YamlValue& v) { return asIntInRange(v, 1, 100); });
    r.read("rows", chart.rows, [](const YamlValue& v) { return asIntInRange(v, 2, 1000); });
    charts[chart.id] = std::move(chart);
  }
  return charts;
}

}  // namespace banmian::load
