#include "chart/shapes.h"

#include <algorithm>
#include <cmath>

namespace banmian::chart {
namespace {

using display::PathOp;

constexpr double kQuarter = M_PI / 2;

// Appends cubic Béziers along the circle from `from` to `to` (either direction), at most a quarter each:
// the standard approximation, off by under 0.03 % of the radius.
void appendArc(display::Path& path, Point c, double r, double from, double to) {
  const int pieces = std::max(1, static_cast<int>(std::ceil(std::fabs(to - from) / kQuarter - 1e-9)));
  const double step = (to - from) / pieces;
  const double k = 4.0 / 3.0 * std::tan(step / 4);
  for (int i = 0; i < pieces; ++i) {
    const double a0 = from + i * step, a1 = a0 + step;
    const Point p0 = onCircle(c, r, a0), p3 = onCircle(c, r, a1);
    // Tangent of a clockwise-from-top angle a: (cos a, sin a) scaled by r.
    const Point p1{p0.x + k * r * std::cos(a0), p0.y + k * r * std::sin(a0)};
    const Point p2{p3.x - k * r * std::cos(a1), p3.y - k * r * std::sin(a1)};
    path.ops.push_back({PathOp::Kind::CurveTo, {p1, p2, p3}});
  }
}

void moveTo(display::Path& path, Point p) { path.ops.push_back({PathOp::Kind::MoveTo, {p}}); }
void lineTo(display::Path& path, Point p) { path.ops.push_back({PathOp::Kind::LineTo, {p}}); }
void close(display::Path& path) { path.ops.push_back({PathOp::Kind::Close, {}}); }

}  // namespace

Point onCircle(Point centre, double radius, double angle) {
  return {centre.x + radius * std::sin(angle), centre.y - radius * std::cos(angle)};
}

display::Path filledRect(const Rect& r, Color color) {
  display::Path path = display::Path::rect(r);
  path.fill = display::Fill{color};
  return path;
}

display::Path strokedLine(Point a, Point b, double width, Color color) {
  display::Path path = display::Path::line(a, b);
  path.stroke = display::Stroke{width, color};
  return path;
}

display::Path circle(Point centre, double radius) {
  display::Path path;
  moveTo(path, onCircle(centre, radius, 0));
  appendArc(path, centre, radius, 0, 2 * M_PI);
  close(path);
  return path;
}

display::Path sector(Point centre, double outer, double inner, double from, double to) {
  display::Path path;
  moveTo(path, onCircle(centre, outer, from));
  appendArc(path, centre, outer, from, to);
  if (inner > 0) {
    lineTo(path, onCircle(centre, inner, to));
    appendArc(path, centre, inner, to, from);
  } else {
    lineTo(path, centre);
  }
  close(path);
  return path;
}

display::Path arc(Point centre, double radius, double from, double to) {
  display::Path path;
  moveTo(path, onCircle(centre, radius, from));
  appendArc(path, centre, radius, from, to);
  return path;
}

display::Path arrowHead(Point at, double size, bool up, Color color) {
  display::Path path;
  const double top = at.y + size * 0.1, bottom = at.y + size * 0.9;
  if (up) {
    moveTo(path, {at.x + size / 2, top});
    lineTo(path, {at.x + size, bottom});
    lineTo(path, {at.x, bottom});
  } else {
    moveTo(path, {at.x, top});
    lineTo(path, {at.x + size, top});
    lineTo(path, {at.x + size / 2, bottom});
  }
  close(path);
  path.fill = display::Fill{color};
  return path;
}

}  // namespace banmian::chart
