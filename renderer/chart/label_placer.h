#pragma once
// Places data labels so that none covers another label or a mark: each label offers candidate boxes in
// order of preference and takes the first that stays inside the plot and clear of everything so far.
#include <optional>
#include <vector>

#include "base/geometry.h"

namespace banmian::chart {

class LabelPlacer {
 public:
  explicit LabelPlacer(Rect bounds) : bounds_(bounds) {}

  // Something labels must stay clear of: a bar, a marker, an axis label.
  void block(const Rect& area) { taken_.push_back(area); }
  // The index of the first free candidate, which is then taken; none when every candidate collides.
  std::optional<size_t> place(const std::vector<Rect>& candidates);
  bool isFree(const Rect& box) const;

 private:
  Rect bounds_;
  std::vector<Rect> taken_;
};

// Boxes touching at an edge do not collide; a hair of overlap from rounding does not either.
bool overlapsBeyondTolerance(const Rect& a, const Rect& b);

}  // namespace banmian::chart
