#pragma once
// The character grid: a body measure should be a whole number of ideographs, or every justified line
// spreads the remainder between its characters and the last lines leave the grid.
#include <optional>
#include <string>

namespace banmian::typeset {

// A warning naming the measure and the nearest whole widths when `measure` (pt) is not a whole number
// of `em` (pt) ideographs; nothing when it is.
std::optional<std::string> offGridMeasure(double measure, double em);

}  // namespace banmian::typeset
