#include "compose/line_painter.h"

namespace banmian::compose {

void paintLine(const typeset::TypesetLine& line, double x, double baseline, std::vector<display::Item>& out) {
  for (const auto& run : line.runs) {
    display::GlyphRun g;
    g.font = run.font;  // the typesetter's font table becomes the document's, index for index
    g.size = run.size;
    g.color = run.color;
    g.origin = {x + line.offset, baseline};
    g.glyphs = run.glyphs;
    g.text = run.text;
    g.clusters = run.clusters;
    out.push_back(std::move(g));
  }
}

}  // namespace banmian::compose
