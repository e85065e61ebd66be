#pragma once
// Binds a chart spec to the data's metrics and checks that the numbers suit the mark: a pie has no
// negative slices, a share lies in 0..100 %, values on one axis share one unit.
#include "load/model.h"
#include "resolve/chart_data.h"
#include "resolve/metric_table.h"

namespace banmian::resolve {

// Throws InputError at the offending reference (or at the spec) when the data do not suit the chart.
ChartData bindChart(const model::ChartSpec& spec, const MetricTable& metrics);

}  // namespace banmian::resolve
