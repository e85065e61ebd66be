#pragma once
// The readers for each top-level section of a layout file; layout_loader.cpp calls them in
// dependency order (fonts before styles, styles before frames) so references can be checked as read.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "load/key_spec.h"
#include "load/model.h"
#include "load/yaml_value.h"

namespace banmian::load {

model::Page readPage(const YamlValue& value);
model::Grid readGrid(const YamlValue& value, const model::Page& page);
// The readers of named or listed items record a bad item's error in `sink` and go on with the next one
// (independent_parts.h).
std::map<std::string, model::FontRole> readFonts(const YamlValue& value, DiagnosticSink& sink);
// `print-fonts:` has the shape of `fonts:` and must define exactly the same roles, so that every style
// finds its role whichever set the page is rendered with.
std::map<std::string, model::FontRole> readPrintFonts(const YamlValue& value,
                                                      const std::map<std::string, model::FontRole>& fonts,
                                                      DiagnosticSink& sink);
std::map<std::string, model::ParagraphStyle> readParagraphStyles(const YamlValue& value,
                                                                 const std::map<std::string, model::FontRole>& fonts,
                                                                 DiagnosticSink& sink);
std::map<std::string, model::CharacterStyle> readCharacterStyles(const YamlValue& value,
                                                                 const std::map<std::string, model::FontRole>& fonts,
                                                                 DiagnosticSink& sink);
// `value` is absent when the layout has no `markdown:` map; the defaults are then checked at `fallback`.
model::MarkdownStyles readMarkdownStyles(const std::optional<YamlValue>& value, const SourceLocation& fallback,
                                         const model::Layout& layout);
// The frames of one master page, on its page and grid.
std::vector<model::Frame> readFrames(const YamlValue& value, const model::Layout& layout, const model::Master& master,
                                     DiagnosticSink& sink);
// `masters:`, `sequence:` and `floats:` (layout_masters.cpp).
model::Master readMaster(const YamlValue& value, const model::Layout& layout, DiagnosticSink& sink);
model::PageSequence readSequence(const std::optional<YamlValue>& value, const model::Layout& layout,
                                 const SourceLocation& fallback);
model::FloatSettings readFloats(const std::optional<YamlValue>& value, const SourceLocation& fallback);
// `wording:` the verbs of {{x|trend}} and {{x|pp}}.
ChangeWording readWording(const std::optional<YamlValue>& value);
// A chart frame's `chart:` map, and the layout's `theme:` (layout_charts.cpp).
// `spec` is the chart's key table, or one with more keys the caller reads itself (a story's chart: columns, rows).
model::ChartSpec readChartSpec(const YamlValue& value, const MapSpec& spec);
model::ChartTheme readChartTheme(const YamlValue& value, const std::map<std::string, model::FontRole>& fonts);

}  // namespace banmian::load
