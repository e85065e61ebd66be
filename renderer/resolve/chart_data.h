#pragma once
// A chart's data after its metric references are resolved: the numbers, units and labels it draws.
#include <optional>
#include <string>
#include <vector>

#include "base/source_location.h"
#include "load/model.h"

namespace banmian::resolve {

struct ChartValue {
  std::string label;     // what the chart calls it (the spec's label, else the metric's name)
  std::string metric;    // the metric's id
  double value = 0;
  std::string unit;
  int decimals = 0;
  std::optional<double> change;  // KPI tiles and tables: the change metric's value
  std::string change_unit;
  int change_decimals = 0;
  SourceLocation where;  // the reference in the spec
};

struct ChartSeriesData {
  std::string name;
  std::vector<ChartValue> values;
};

struct ChartData {
  const model::ChartSpec* spec = nullptr;
  std::vector<std::string> categories;  // one per value position (the values' labels for one series)
  std::vector<ChartSeriesData> series;
  std::string unit;                     // the unit all values share (one axis, one unit)
};

}  // namespace banmian::resolve
