#include "chart/nice_scale.h"

#include <algorithm>
#include <cmath>

namespace banmian::chart {

double niceStep(double rough) {
  if (!(rough > 0)) return 1;
  const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
  const double residual = rough / magnitude;
  // A hair of tolerance so that 2.0000000001 is still a 2.
  const double nice = residual <= 1 + 1e-9 ? 1 : residual <= 2 + 1e-9 ? 2 : residual <= 5 + 1e-9 ? 5 : 10;
  return nice * magnitude;
}

NiceScale niceScale(double low, double high, int max_ticks) {
  low = std::min(low, 0.0);
  high = std::max(high, 0.0);
  if (high - low <= 0) high = 1;  // all zero: an empty scale of one unit
  max_ticks = std::max(max_ticks, 1);
  NiceScale scale;
  scale.step = niceStep((high - low) / max_ticks);
  // Rounding outwards can add a step; widen the step until the ticks fit the budget.
  for (;;) {
    scale.min = std::floor(low / scale.step + 1e-9) * scale.step;
    scale.max = std::ceil(high / scale.step - 1e-9) * scale.step;
    if ((scale.max - scale.min) / scale.step <= max_ticks + 1e-9) break;
    scale.step = niceStep(scale.step * 1.01);
  }
  return scale;
}

std::vector<double> NiceScale::ticks() const {
  std::vector<double> out;
  const int count = static_cast<int>(std::lround((max - min) / step));
  for (int i = 0; i <= count; ++i) {
    double tick = min + i * step;
    if (std::fabs(tick) < step * 1e-9) tick = 0;  // no "-0"
    out.push_back(tick);
  }
  return out;
}

int NiceScale::decimals() const {
  int places = 0;
  double scaled = step;
  while (places < 6 && std::fabs(scaled - std::round(scaled)) > 1e-6 * std::max(1.0, scaled)) {
    scaled *= 10;
    ++places;
  }
  return places;
}

}  // namespace banmian::chart
