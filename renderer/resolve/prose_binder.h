#pragma once
// Prose that quotes a metric: `增长{{gdp.growth|unit}}` reads "增长0.5%". The loader keeps the braces as
// written; this replaces them with the metric's value formatted as asked (base/number_format.h), so a
// sentence can never disagree with the chart drawn from the same metric.
#include <string>

#include "base/source_location.h"
#include "load/model.h"
#include "resolve/metric_table.h"

namespace banmian::resolve {

// Replaces every {{id}} and {{id|format}} in the lead and the body. Unknown metrics and formats are
// InputErrors at the reference.
void bindProse(model::Document& document);

// One run of text; `where` is where `text` starts (errors point at the reference within it).
std::string bindText(const std::string& text, const MetricTable& metrics, const SourceLocation& where);

// A metric's value as a binding or a chart label writes it; `format` is a NumberFormat spec.
std::string formatMetric(const model::Metric& metric, const std::string& format, const SourceLocation& where);

}  // namespace banmian::resolve
