#include "base/color.h"

namespace banmian {

void Color::toRgb(double& r, double& g, double& b) const {
  if (space == Space::Rgb) {
    r = c0, g = c1, b = c2;
    return;
  }
  r = (1 - c0) * (1 - c3);
  g = (1 - c1) * (1 - c3);
  b = (1 - c2) * (1 - c3);
}

}  // namespace banmian
