// Photos and metrics: lists of records keyed by id.
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "base/limits.h"
#include "load/document_sections.h"
#include "load/file_access.h"
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

std::vector<model::Photo> readPhotos(const YamlValue& value, const std::string& file_root) {
  std::vector<model::Photo> photos;
  IdRegistry ids("photo");
  for (const YamlValue& element : asList(value)) {
    const MapReader r(element, "photo", {"id", "caption", "file"});
    model::Photo photo;
    photo.where = r.where();
    photo.id = ids.claim(r.required("id"));
    photo.caption = asString(r.required("caption"));
    r.read("file", photo.file, [&](const YamlValue& file) { 
      return accessNamedFile(file_root, asString(file), file.where, "photo file");
    });
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
    metric.value = asMetricValue(r.required("value"));
    metric.unit = asString(r.required("unit"));
    metric.period = asString(r.required("period"));
    r.read("decimals", metric.decimals, [](const YamlValue& v) { return asIntInRange(v, 0, 10); });
    metrics.push_back(std::move(metric));
  }
  return metrics;
}

}  // namespace banmian::load
