#include "resolve/prose_binder.h"

#include <fmt/format.h>

#include "base/diagnostics.h"
#include "base/number_format.h"

namespace banmian::resolve {
namespace {

// Byte offsets are columns in the source as long as the run sits on one line, which is how metric
// references are written (a soft break inside a run makes the column approximate).
SourceLocation offsetBy(const SourceLocation& where, size_t bytes) {
  SourceLocation out = where;
  if (out.known()) out.column += static_cast<int>(bytes);
  return out;
}

std::string trimmed(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return std::string(text);
}

// The text between "{{" and "}}": "gdp.growth" or "gdp.growth|unit".
std::string bindReference(std::string_view inside, const MetricTable& metrics, const SourceLocation& where) {
  const size_t bar = inside.find('|');
  const std::string id = trimmed(inside.substr(0, bar));
  const std::string format = bar == std::string_view::npos ? "" : trimmed(inside.substr(bar + 1));
  if (id.empty()) throw InputError(where, "'{{}}' names no metric: write {{metric.id}} or {{metric.id|format}}");
  return formatMetric(metrics.find(id, where), format, where);
}

void bindBlocks(std::vector<model::Block>& blocks, const MetricTable& metrics) {
  for (auto& block : blocks)
    for (auto& span : block.spans) span.text = bindText(span.text, metrics, span.where);
}

}  // namespace

std::string formatMetric(const model::Metric& metric, const std::string& format, const SourceLocation& where) {
  std::string error;
  const std::optional<NumberFormat> parsed = NumberFormat::parse(format, error);
  if (!parsed) throw InputError(where, error);
  return formatQuantity(metric.value, metric.unit, metric.decimals, *parsed);
}

std::string bindText(const std::string& text, const MetricTable& metrics, const SourceLocation& where) {
  std::string out;
  size_t done = 0;
  for (size_t open = text.find("{{"); open != std::string::npos; open = text.find("{{", done)) {
    const size_t close = text.find("}}", open + 2);
    // A "{{" before the "}}" means this one was never closed: the "}}" belongs to the next reference.
    if (close == std::string::npos || text.find("{{", open + 2) < close)
      throw InputError(offsetBy(where, open), "'{{' is not closed: write {{metric.id}} or {{metric.id|format}}");
    out.append(text, done, open - done);
    out += bindReference(std::string_view(text).substr(open + 2, close - open - 2), metrics, offsetBy(where, open));
    done = close + 2;
  }
  out.append(text, done);
  return out;
}

void bindProse(model::Document& document) {
  const MetricTable metrics(document.metrics);
  bindBlocks(document.lead, metrics);
  bindBlocks(document.body, metrics);
}

}  // namespace banmian::resolve
