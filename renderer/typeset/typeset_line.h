#pragma once
// A set line: runs of glyphs at final positions relative to the line's start on its baseline, each run
// keeping the exact text it stands for.
#include <string>
#include <vector>

#include "base/color.h"
#include "display/display_list.h"

namespace banmian::typeset {

struct LineRun {
  int font = 0;  // index into Typesetter::fonts()
  double size = 0;
  Color color;
  double rise = 0;
  std::vector<display::Glyph> glyphs;  // x from the line's start; y from the baseline (down)
  std::string text;
  std::vector<display::Cluster> clusters;
};

// An emphasis dot (着重号), a filled circle.
struct EmphasisDot {
  double x = 0, y = 0;  // centre: x from the line's start, y from the baseline (down)
  double radius = 0;
  Color color;
};

struct TypesetLine {
  std::vector<LineRun> runs;
  std::vector<EmphasisDot> dots;
  double offset = 0;       // where the line starts, from the frame's left edge (first-line indent)
  double width = 0;        // the measure it was set to
  double extent = 0;       // where its last visible character ends: the measure, when justified
  std::string text() const;
};

}  // namespace banmian::typeset
