#pragma once
// What the resolve stage found on this machine for a layout and its content: the font families each role
// resolves to, and the photos' files with their pixel sizes.
#include <map>
#include <string>
#include <vector>

#include "base/source_location.h"
#include "display/display_list.h"
#include "resolve/chart_data.h"

namespace banmian::resolve {

struct ResolvedPhoto {
  std::string id;
  std::string caption;
  std::string file;  // empty: draw a placeholder
  display::Image::Format format = display::Image::Format::Jpeg;
  int pixel_width = 0, pixel_height = 0;
  SourceLocation where;
};

struct ResolvedAssets {
  std::map<std::string, std::string> font_families;  // role -> "Family A,Family B" (installed ones only)
  std::map<std::string, ResolvedPhoto> photos;        // by id
  std::map<std::string, ChartData> charts;            // by chart frame name
  std::map<std::string, ChartData> figure_charts;     // charts that stories anchor, by chart id
  // Text templates of the layout's frames, by frame name, bound but for {{page}} and {{pages}}.
  std::map<std::string, std::vector<std::string>> templates;
};

}  // namespace banmian::resolve
