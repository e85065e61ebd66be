#pragma once
// Lengths as layouts write them: "20mm", "9pt", "2.5cm", "1in", or a bare number of points.
#include <optional>
#include <string>
#include <string_view>

#include "load/yaml_value.h"

namespace banmian::load {

struct ParsedLength {
  std::optional<double> points;
  std::string error;  // why `points` is empty
};

ParsedLength parseLength(std::string_view text);

double asLength(const YamlValue& value);
// A length that must be greater than zero (sizes, leading, the page).
double asPositiveLength(const YamlValue& value);
// A length that must not be negative (margins, gutters, rule widths).
double asNonNegativeLength(const YamlValue& value);
// A font size: positive, at most the limit 'font-size' (base/limits.h).
double asFontSize(const YamlValue& value);
// A multiple of the font size: "2em" or a bare number.
double asEm(const YamlValue& value);

}  // namespace banmian::load
