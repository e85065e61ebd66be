#include "compose/line_painter.h"

namespace banmian::compose {
namespace {

// A filled circle of four Bézier quarters (kappa = 0.5523 makes them round).
display::Path emphasisDot(const typeset::EmphasisDot& dot, double x, double baseline) {
  const double cx = x + dot.x, cy = baseline + dot.y, r = dot.radius, k = 0.5523 * dot.radius;
  using Op = display::PathOp;
  display::Path p;
  p.ops = {Op{Op::Kind::MoveTo, {{cx + r, cy}}},
           Op{Op::Kind::CurveTo, {{cx + r, cy + k}, {cx + k, cy + r}, {cx, cy + r}}},
           Op{Op::Kind::CurveTo, {{cx - k, cy + r}, {cx - r, cy + k}, {cx - r, cy}}},
           Op{Op::Kind::CurveTo, {{cx - r, cy - k}, {cx - k, cy - r}, {cx, cy - r}}},
           Op{Op::Kind::CurveTo, {{cx + k, cy - r}, {cx + r, cy - k}, {cx + r, cy}}},
           Op{Op::Kind::Close, {}}};
  p.fill = display::Fill{dot.color};
  return p;
}

}  // namespace

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
  for (const auto& dot : line.dots) out.push_back(emphasisDot(dot, x + line.offset, baseline));
}

}  // namespace banmian::compose
