#pragma once
// A colour as the layout gave it. RGB for screen backends; CMYK is kept as given so that a print
// backend can write it untouched (pure K for black text).
#include <string>

namespace banmian {

struct Color {
  enum class Space { Rgb, Cmyk };
  Space space = Space::Rgb;
  double c0 = 0, c1 = 0, c2 = 0, c3 = 0;  // r g b (c3 unused) or c m y k, each 0..1

  static Color rgb(double r, double g, double b) { return {Space::Rgb, r, g, b, 0}; }
  static Color cmyk(double c, double m, double y, double k) { return {Space::Cmyk, c, m, y, k}; }
  static Color black() { return rgb(0, 0, 0); }
  static Color white() { return rgb(1, 1, 1); }

  // Naive device conversion; documented in README (print colour).
  void toRgb(double& r, double& g, double& b) const;
  // For the print backend: CMYK as given; RGB by the formula in README (print edition): grey
  // (r = g = b) becomes K alone, so black and grey text and rules print on the black plate only.
  void toCmyk(double& c, double& m, double& y, double& k) const;
  bool operator==(const Color& o) const {
    return space == o.space && c0 == o.c0 && c1 == o.c1 && c2 == o.c2 && c3 == o.c3;
  }
};

}  // namespace banmian
