#pragma once
// The data's metrics by id: the one source both prose bindings and charts take their numbers from.
#include <map>
#include <string>
#include <vector>

#include "base/source_location.h"
#include "load/model.h"

namespace banmian::resolve {

class MetricTable {
 public:
  explicit MetricTable(const std::vector<model::Metric>& metrics);
  // The metric `id`; an unknown id is an InputError at `where` with a did-you-mean hint.
  const model::Metric& find(const std::string& id, const SourceLocation& where) const;

 private:
  std::map<std::string, const model::Metric*> by_id_;
};

}  // namespace banmian::resolve
