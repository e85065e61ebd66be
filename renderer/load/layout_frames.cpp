// Frames: where each piece of content goes on the grid.
#include <algorithm>

#include <fmt/format.h>

#include "base/diagnostics.h"
#include "load/color_parser.h"
#include "load/independent_parts.h"
#include "load/layout_keys.h"
#include "load/layout_sections.h"
#include "load/layout_words.h"
#include "load/length.h"
#include "load/name_reference.h"
#include "load/yaml_map_reader.h"

namespace banmian::load {
namespace {

// Rows the type area holds; a frame may not run below it.
int typeAreaRows(const model::Master& master) {
  const double height = master.page.height - master.page.margin_top - master.page.margin_bottom;
  // A hair of tolerance so a height that is an exact multiple of the row survives rounding of mm.
  return static_cast<int>(height / master.grid.row + 1e-6);
}

model::GridArea readArea(const MapReader& r, const model::Master& layout) {
  model::GridArea area;
  const YamlValue columns = r.required("columns");
  area.where = columns.where;
  const auto first_last = asTuple(columns, 2, "a list [first, last] of column numbers");
  area.first_column = asIntInRange(first_last[0], 1, layout.grid.columns);
  area.last_column = asIntInRange(first_last[1], 1, layout.grid.columns);
  if (area.first_column > area.last_column)
    columns.fail(fmt::format("'columns' [{}, {}]: the first column comes after the last", area.first_column,
                             area.last_column));
  const YamlValue rows = r.required("rows");
  const auto first_end = asTuple(rows, 2, "a list [first, end] of row numbers");
  const int row_count = typeAreaRows(layout);
  area.first_row = asIntInRange(first_end[0], 0, row_count - 1);
  area.last_row = asIntInRange(first_end[1], 1, row_count);
  if (area.first_row >= area.last_row)
    rows.fail(fmt::format("'rows' [{}, {}]: the end row must come after the first (the end is excluded)",
                          area.first_row, area.last_row));
  return area;
}

model::Align asVerticalAlign(const YamlValue& value) { return asEnum(value, words::kVerticalAlign); }

// A template of one to three parts: start, centre, end of the frame.
std::vector<std::string> asTextTemplate(const YamlValue& value) {
  if (!value.node.IsSequence()) return {asString(value)};
  std::vector<std::string> parts;
  for (const YamlValue& part : asList(value)) parts.push_back(asString(part));
  if (parts.empty() || parts.size() > 3)
    value.fail("'text' is a template, or a list of one to three (start, centre, end)");
  return parts;
}

// What a frame shows: the name of a field, story or photo of the data (checked against the data when the
// page is composed), or for a text frame a template.
void readContent(const MapReader& r, model::Frame& frame) {
  using model::FrameKind;
  if (frame.kind == FrameKind::Rule || frame.kind == FrameKind::Chart) return;
  if (frame.kind == FrameKind::Flow) {
    frame.content = "body";
    r.read("content", frame.content, asString);
  } else if (frame.kind == FrameKind::Text && r.optional("text")) {
    if (r.optional("content")) r.required("text").fail("a text frame has 'content' or 'text', not both");
    frame.text_template = asTextTemplate(r.required("text"));
    return;
  } else {
    frame.content = asString(r.required("content"));
  }
  if (frame.content.empty()) r.required("content").fail("'content' is empty");
}

// A key that is valid for some frame but not for this kind would be silently ignored. Which keys each
// kind takes is the frame table's (layout_frame_keys.cpp).
void checkKeysForKind(const MapReader& r, const YamlValue& kind_value) {
  const MapSpec& spec = keys::frame();
  const std::string kind = asString(kind_value);
  const auto variant = std::find_if(spec.variants.begin(), spec.variants.end(),
                                    [&](const Variant& v) { return v.value == kind; });
  for (const auto& item : r.entries()) {
    const YamlValue& key = item.first;
    const std::string name = asString(key);
    const auto in = [&](const std::vector<std::string>& names) {
      return std::find(names.begin(), names.end(), name) != names.end();
    };
    if (!in(spec.common) && (variant == spec.variants.end() || !in(variant->keys)))
      key.fail(fmt::format("'{}' does not apply to a {} frame", name, kind));
  }
}

// A chart is drawn in the theme's colours and fonts, so a layout with charts must have one.
void readChart(const MapReader& r, const model::Layout& layout, model::Frame& frame) {
  frame.chart = readChartSpec(r.required("chart"), keys::chart());
  if (!layout.theme)
    throw InputError(frame.where, fmt::format("chart frame '{}' needs the layout's 'theme:' (palette and font roles)",
                                              frame.name));
}

model::Frame readFrame(const YamlValue& value, const model::Layout& layout, const model::Master& master) {
  const MapReader r(value, "frame", keys::frame());
  model::Frame frame;
  frame.where = r.where();
  frame.name = asString(r.required("name"));
  const YamlValue kind = r.required("kind");
  frame.kind = asEnum(kind, words::kFrameKind);
  checkKeysForKind(r, kind);
  frame.area = readArea(r, master);
  readContent(r, frame);
  // Text needs a style to be set in; a photo needs one for its caption.
  const bool has_text = frame.kind == model::FrameKind::Text || frame.kind == model::FrameKind::Photo;
  if (has_text) frame.style = asReference(r.required("style"), layout.paragraph_styles, "paragraph style");
  r.read("valign", frame.valign, asVerticalAlign);
  r.readInteger("caption-rows", frame.caption_rows);
  r.read("background", frame.background, asColor);
  r.read("padding", frame.padding, asNonNegativeLength);
  r.read("width", frame.rule_width, asPositiveLength);
  r.read("color", frame.rule_color, asColor);
  r.read("balance", frame.balance, asBool);
  if (frame.kind == model::FrameKind::Chart) readChart(r, layout, frame);
  if (frame.caption_rows >= frame.area.last_row - frame.area.first_row)
    r.required("caption-rows").fail("'caption-rows' leaves no rows for the picture");
  return frame;
}

}  // namespace

std::vector<model::Frame> readFrames(const YamlValue& value, const model::Layout& layout, const model::Master& master,
                                     DiagnosticSink& sink) {
  std::vector<model::Frame> frames;
  std::map<std::string, SourceLocation> names;
  for (const auto& other : layout.masters)
    for (const auto& frame : other.frames) names.emplace(frame.name, frame.where);
  const std::vector<YamlValue> elements = asList(value);
  if (elements.empty()) value.fail("'frames' lists no frame");
  for (const YamlValue& element : elements)
    readPart(sink, [&] {
      model::Frame frame = readFrame(element, layout, master);
      if (auto [first, inserted] = names.emplace(frame.name, frame.where); !inserted)
        MapReader::withAnyKeys(element, "frame").required("name").fail(
            fmt::format("duplicate frame name '{}' (first at line {})", frame.name, first->second.line));
      frames.push_back(std::move(frame));
    });
  return frames;
}

}  // namespace banmian::load
