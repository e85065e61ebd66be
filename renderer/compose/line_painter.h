#pragma once
// Puts set lines on the page: each line's runs become display-list glyph runs at absolute positions.
#include <vector>

#include "display/display_list.h"
#include "typeset/typeset_line.h"

namespace banmian::compose {

// `x` is the left edge of the line's measure, `baseline` its baseline.
void paintLine(const typeset::TypesetLine& line, double x, double baseline, std::vector<display::Item>& out);

}  // namespace banmian::compose
