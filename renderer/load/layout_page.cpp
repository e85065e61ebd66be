// The page and its grid.
#include <fmt/format.h>

#include "base/diagnostics.h"
#include "load/color_parser.h"
#include "load/layout_keys.h"
#include "load/layout_sections.h"
#include "load/length.h"
#include "load/yaml_map_reader.h"

namespace banmian::load {

namespace {

// PDF viewers and RIPs refuse pages larger than 200 inches a side (ISO 32000 implementation limit).
constexpr double kLargestPageSide = 14400;

double asPageSide(const YamlValue& value) {
  const double side = asPositiveLength(value);
  if (side > kLargestPageSide)
    value.fail(fmt::format("a page side may be at most 200in (5080mm), not {:.0f}mm", side * 25.4 / 72));
  return side;
}

}  // namespace

model::Page readPage(const YamlValue& value) {
  const MapReader reader(value, "page", keys::page());
  model::Page page;
  page.where = reader.where();
  const YamlValue size = reader.required("size");
  const auto width_height = asTuple(size, 2, "a list [width, height]");
  page.width = asPageSide(width_height[0]);
  page.height = asPageSide(width_height[1]);

  const MapReader margins(reader.required("margins"), "margins", keys::margins());
  page.margin_top = asNonNegativeLength(margins.required("top"));
  page.margin_bottom = asNonNegativeLength(margins.required("bottom"));
  page.margin_left = asNonNegativeLength(margins.required("left"));
  page.margin_right = asNonNegativeLength(margins.required("right"));
  if (page.margin_left + page.margin_right >= page.width || page.margin_top + page.margin_bottom >= page.height)
    throw InputError(margins.where(), "the margins leave no room on the page");
  return page;
}

model::Grid readGrid(const YamlValue& value, const model::Page& page) {
  const MapReader reader(value, "grid", keys::grid());
  model::Grid grid;
  grid.where = reader.where();
  reader.readInteger("columns", grid.columns);
  const YamlValue gutter = reader.required("gutter");
  grid.gutter = asNonNegativeLength(gutter);
  grid.row = asPositiveLength(reader.required("row"));
  if (auto rule = reader.optional("column-rule")) {
    const MapReader rule_reader(*rule, "column-rule", keys::columnRule());
    grid.column_rule_width = asNonNegativeLength(rule_reader.required("width"));
    rule_reader.read("color", grid.column_rule_color, asColor);
  }
  const double type_width = page.width - page.margin_left - page.margin_right;
  if ((grid.columns - 1) * grid.gutter >= type_width)
    gutter.fail(fmt::format("{} columns with this gutter do not fit the type area", grid.columns));
  return grid;
}

}  // namespace banmian::load
