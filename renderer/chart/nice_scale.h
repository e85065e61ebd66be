#pragma once
// Axis ranges with "nice" tick steps (1, 2 or 5 times a power of ten) that always include zero, so bars
// grow from a zero line and a reader can count the ticks.
#include <vector>

namespace banmian::chart {

struct NiceScale {
  double min = 0, max = 1, step = 1;

  std::vector<double> ticks() const;
  // Decimals a tick label needs to show the step exactly (0.5 -> 1, 20 -> 0).
  int decimals() const;
  // 0 at `min`, 1 at `max`.
  double fraction(double value) const { return (value - min) / (max - min); }
};

// The scale covering [low, high] and zero with at most `max_ticks` steps (at least one).
NiceScale niceScale(double low, double high, int max_ticks);

// The step 1, 2 or 5 x 10^n nearest above `rough`.
double niceStep(double rough);

}  // namespace banmian::chart
