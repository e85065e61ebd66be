#pragma once
// Path builders for chart marks: rectangles, circles, pie sectors, ring arcs, arrow heads.
// Angles are in radians, clockwise from twelve o'clock, as a reader goes round a pie.
#include "base/color.h"
#include "base/geometry.h"
#include "display/display_list.h"

namespace banmian::chart {

display::Path filledRect(const Rect& r, Color color);
display::Path strokedLine(Point a, Point b, double width, Color color);
display::Path circle(Point centre, double radius);
// The sector between two angles; with inner > 0 an annular sector (a donut slice).
display::Path sector(Point centre, double outer, double inner, double from, double to);
// The open arc of a circle, to be stroked (a ring's track and its share).
display::Path arc(Point centre, double radius, double from, double to);
// A filled triangle pointing up (rising) or down, in a square of side `size` whose top left is `at`.
display::Path arrowHead(Point at, double size, bool up, Color color);

// The point at `angle` on the circle.
Point onCircle(Point centre, double radius, double angle);

}  // namespace banmian::chart
