#pragma once
// The chart module: a bound chart (resolve::ChartData) becomes display-list items inside a rectangle:
// paths for marks, glyph runs for every piece of text. Any backend that draws the display list draws
// charts as vectors.
#include <map>
#include <string>
#include <vector>

#include "base/geometry.h"
#include "base/source_location.h"
#include "display/display_list.h"
#include "load/model.h"
#include "resolve/chart_data.h"
#include "typeset/typesetter.h"

namespace banmian::chart {

struct ChartRequest {
  const resolve::ChartData& data;
  const model::ChartTheme& theme;
  const std::map<std::string, std::string>& font_families;  // font role -> installed families
  Rect frame;
  std::string name;      // for errors: the frame's name
  SourceLocation where;  // for errors: the frame's definition
};

// Draws the chart: background, title, the mark, the source note. Throws InputError when it cannot fit.
std::vector<display::Item> drawChart(const ChartRequest& request, typeset::Typesetter& typesetter);

}  // namespace banmian::chart
