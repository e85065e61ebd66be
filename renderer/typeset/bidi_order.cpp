#include "typeset/bidi_order.h"

#include <algorithm>

namespace banmian::typeset {
namespace {

// Mirrors the boxes [from, to) (indices into the placed line) within the room they take together.
void mirror(PlacedLine& placed, size_t from, size_t to) {
  double room_left = placed.boxes[from].left, room_right = placed.boxes[to - 1].right;
  for (size_t k = from; k < to; ++k) {
    ClusterBox& box = placed.boxes[k];
    double moved_left = room_left + room_right - box.right;
    placed.pens[k] += moved_left - box.left;
    box = {moved_left, moved_left + (box.right - box.left)};
  }
}

}  // namespace

void placeRightToLeftRuns(const std::vector<ShapedCluster>& clusters, LineSpan line, size_t visible_end,
                          PlacedLine& placed) {
  int highest = 0;
  for (size_t i = line.begin; i < visible_end; ++i) highest = std::max(highest, int{clusters[i].bidi_level});
  for (int level = highest; level >= 1; --level) {
    size_t i = line.begin;
    while (i < visible_end) {
      if (clusters[i].bidi_level < level) {
        ++i;
        continue;
      }
      size_t end = i;
      while (end < visible_end && clusters[end].bidi_level >= level) ++end;
      mirror(placed, i - line.begin, end - line.begin);
      i = end;
    }
  }
}

}  // namespace banmian::typeset
