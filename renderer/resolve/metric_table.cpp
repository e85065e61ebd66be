#include "resolve/metric_table.h"

#include <algorithm>

#include "base/diagnostics.h"
#include "load/name_reference.h"

namespace banmian::resolve {

std::optional<std::string> firstDifferingPeriod(const model::Metric& a, const model::Metric& b) {
  for (size_t i = 0; i < std::max(a.periods.size(), b.periods.size()); ++i) {
    if (i >= a.periods.size()) return b.periods[i];
    if (i >= b.periods.size() || a.periods[i] != b.periods[i]) return a.periods[i];
  }
  return std::nullopt;
}

MetricTable::MetricTable(const std::vector<model::Metric>& metrics) {
  for (const auto& metric : metrics) by_id_[metric.id] = &metric;
}

const model::Metric& MetricTable::find(const std::string& id, const SourceLocation& where) const {
  if (auto found = by_id_.find(id); found != by_id_.end()) return *found->second;
  std::vector<std::string> known;
  for (const auto& entry : by_id_) known.push_back(entry.first);
  throw load::unknownNameError(where, id, "metric", known);
}

}  // namespace banmian::resolve
