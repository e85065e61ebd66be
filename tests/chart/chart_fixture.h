#pragma once
// Charts built in code for the chart tests: a theme, metrics, a spec, and what the drawing put in the
// display list (filled rectangles, glyph runs and their boxes).
#include <string>
#include <vector>

#include "base/geometry.h"
#include "display/display_list.h"
#include "load/model.h"
#include "typeset/typesetter.h"

namespace banmian::chart::testing {

model::ChartTheme theme();
// A scalar metric, as a data file's `metrics:` entry gives one.
model::Metric scalarMetric(const std::string& id, const std::string& name, double value, const std::string& unit,
                           const std::string& period, int decimals, const SourceLocation& where);
model::Metric metric(const std::string& id, double value, const std::string& unit = "%", int decimals = 1);
// A one-series spec over `ids`.
model::ChartSpec spec(model::ChartMark mark, const std::vector<std::string>& ids, const std::string& title = "");
// Several series over `categories`: each inner list is one series' metric ids.
model::ChartSpec seriesSpec(model::ChartMark mark, const std::vector<std::string>& categories,
                            const std::vector<std::vector<std::string>>& ids);

struct DrawnChart {
  std::vector<display::Item> items;
  std::vector<display::FontFace> fonts;
  Rect frame;
};

// Binds `spec` to `metrics` and draws it in `frame` (throws InputError like the pipeline).
DrawnChart draw(const model::ChartSpec& spec, const std::vector<model::Metric>& metrics, Rect frame);

std::vector<const display::GlyphRun*> glyphRuns(const std::vector<display::Item>& items);
// A run's em box: its glyphs from the first pen position to the last glyph's estimated advance.
Rect runBox(const display::GlyphRun& run);
// Bounding boxes of filled paths in `color`.
std::vector<Rect> filledBoxes(const std::vector<display::Item>& items, const Color& color);
std::vector<const display::Path*> strokedPaths(const std::vector<display::Item>& items, const Color& color);
Rect pathBox(const display::Path& path);
bool inside(const Rect& inner, const Rect& outer, double tolerance = 0.5);
// Overlap of two boxes beyond `tolerance` in both directions.
bool overlap(const Rect& a, const Rect& b, double tolerance = 0.3);
// Runs on one baseline that touch are one label (a figure and its unit): merges their boxes.
std::vector<std::pair<std::string, Rect>> labels(const std::vector<display::Item>& items);

}  // namespace banmian::chart::testing
