#include "base/color.h"

#include <algorithm>

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

void Color::toCmyk(double& c, double& m, double& y, double& k) const {
  if (space == Space::Cmyk) {
    c = c0, m = c1, y = c2, k = c3;
    return;
  }
  if (c0 == c1 && c1 == c2) {  // grey: K only, never rich black
    c = m = y = 0;
    k = 1 - c0;
    return;
  }
  // Naive undercolour removal: the darkest common part goes to K, the rest to C, M, Y.
  k = 1 - std::max({c0, c1, c2});
  c = (1 - c0 - k) / (1 - k);  // 1 - k > 0: not all of r, g, b are 0 (that is grey)
  m = (1 - c1 - k) / (1 - k);
  y = (1 - c2 - k) / (1 - k);
}

}  // namespace banmian
