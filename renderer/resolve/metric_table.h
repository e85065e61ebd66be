#pragma once
// The data's metrics by id: the one source both prose bindings and charts take their numbers from.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/source_location.h"
#include "load/model.h"

namespace banmian::resolve {

// The first period at which two series part (one lacks it, or gives another in its place); none when
// they give the same periods in the same order. Tables and charts of several series need them alike.
std::optional<std::string> firstDifferingPeriod(const model::Metric& a, const model::Metric& b);

class MetricTable {
 public:
  explicit MetricTable(const std::vector<model::Metric>& metrics);
  // The metric `id`; an unknown id is an InputError at `where` with a did-you-mean hint.
  const model::Metric& find(const std::string& id, const SourceLocation& where) const;

 private:
  std::map<std::string, const model::Metric*> by_id_;
};

}  // namespace banmian::resolve
