#include "load/length.h"

#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "base/limits.h"

namespace banmian::load {
namespace {

struct Unit {
  std::string_view suffix;
  double points;
};

constexpr Unit kUnits[] = {{"pt", 1.0}, {"mm", 72.0 / 25.4}, {"cm", 72.0 / 2.54}, {"in", 72.0}};

// The leading decimal number of `text` and what follows it.
std::optional<double> splitNumber(std::string_view text, std::string_view& rest) {
  double number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (error != std::errc() || !std::isfinite(number)) return std::nullopt;
  rest = text.substr(static_cast<size_t>(end - text.data()));
  return number;
}

}  // namespace

constexpr double kLongestLength = 2000 * 72.0;
constexpr double kLargestEm = 100;

ParsedLength parseLength(std::string_view text) {
  std::string_view unit;
  const std::optional<double> number = splitNumber(text, unit);
  if (!number) return {std::nullopt, fmt::format("'{}' is not a length such as 9pt, 20mm, 2.5cm or 1in", text)};
  if (unit.empty()) return {*number, ""};
  for (const auto& known : kUnits)
    if (unit == known.suffix) return {*number * known.points, ""};
  return {std::nullopt, fmt::format("unknown unit '{}' in length '{}'; use pt, mm, cm or in", unit, text)};
}

namespace {

double unboundedLength(const YamlValue& value) {
  if (!value.node.IsScalar()) value.failType("a length");
  const ParsedLength length = parseLength(value.node.Scalar());
  if (!length.points) value.fail(fmt::format("{}: {}", value.what, length.error));
  return *length.points;
}

}  // namespace

double asLength(const YamlValue& value) {
  const double points = unboundedLength(value);
  // Nothing on a page is longer than the largest page (200in a side, the PDF limit); far beyond it lie
  // only typing mistakes and values that overflow the drawing libraries (1e308pt).
  if (!std::isfinite(points) || std::abs(points) > kLongestLength)
    value.fail(fmt::format("{} may be at most 2000in (ten times the largest page), not '{}'", value.what,
                           value.node.Scalar()));
  return points;
}

double asFontSize(const YamlValue& value) {
  const double points = unboundedLength(value);
  if (!std::isfinite(points) || points > limit("font-size"))
    value.fail(fmt::format("{} of {}pt {}", value.what, points, exceededLimit("font-size")));
  if (points <= 0) value.fail(fmt::format("{} must be greater than zero, not '{}'", value.what, value.node.Scalar()));
  return points;
}

double asPositiveLength(const YamlValue& value) {
  const double points = asLength(value);
  if (points <= 0) value.fail(fmt::format("{} must be greater than zero, not '{}'", value.what, value.node.Scalar()));
  return points;
}

double asNonNegativeLength(const YamlValue& value) {
  const double points = asLength(value);
  if (points < 0) value.fail(fmt::format("{} must not be negative, not '{}'", value.what, value.node.Scalar()));
  return points;
}

double asEm(const YamlValue& value) {
  if (!value.node.IsScalar()) value.failType("a length in em");
  std::string_view unit;
  const std::optional<double> number = splitNumber(value.node.Scalar(), unit);
  if (!number || !(unit.empty() || unit == "em")) value.failType("a length in em such as 2em");
  // Indents and spacings of a few em; a hundred is already wider than any column.
  if (std::abs(*number) > kLargestEm)
    value.fail(fmt::format("{} may be at most {}em, not '{}'", value.what, kLargestEm, value.node.Scalar()));
  return *number;
}

}  // namespace banmian::load
