#include "chart/label_placer.h"

#include <algorithm>

namespace banmian::chart {
namespace {

constexpr double kTolerance = 0.05;  // pt

bool inside(const Rect& inner, const Rect& outer) {
  return inner.left() >= outer.left() - kTolerance && inner.right() <= outer.right() + kTolerance &&
         inner.top() >= outer.top() - kTolerance && inner.bottom() <= outer.bottom() + kTolerance;
}

}  // namespace

bool overlapsBeyondTolerance(const Rect& a, const Rect& b) {
  const double dx = std::min(a.right(), b.right()) - std::max(a.left(), b.left());
  const double dy = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
  return dx > kTolerance && dy > kTolerance;
}

bool LabelPlacer::isFree(const Rect& box) const {
  if (!inside(box, bounds_)) return false;
  return std::none_of(taken_.begin(), taken_.end(), [&](const Rect& t) { return overlapsBeyondTolerance(box, t); });
}

std::optional<size_t> LabelPlacer::place(const std::vector<Rect>& candidates) {
  for (size_t i = 0; i < candidates.size(); ++i) {
    if (!isFree(candidates[i])) continue;
    taken_.push_back(candidates[i]);
    return i;
  }
  return std::nullopt;
}

}  // namespace banmian::chart
