#pragma once
// Plain geometry in PDF points (1/72 inch), y growing downwards as on a printed page.

namespace banmian {

struct Point {
  double x = 0, y = 0;
};

struct Rect {
  double x = 0, y = 0, width = 0, height = 0;

  double left() const { return x; }
  double right() const { return x + width; }
  double top() const { return y; }
  double bottom() const { return y + height; }
  bool intersects(const Rect& o) const {
    return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
  }
};

constexpr double kPointsPerMm = 72.0 / 25.4;

}  // namespace banmian
