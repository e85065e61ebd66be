#pragma once
// Line breaking is behind an interface so that a total-fit (Knuth-Plass style) breaker can replace the
// greedy one without touching shaping, justification or composition.
#include <cstddef>
#include <functional>
#include <vector>

#include "typeset/shaped_text.h"
#include "typeset/styled_text.h"

namespace banmian::typeset {

// One line: the clusters [begin, end).
struct LineSpan {
  size_t begin = 0, end = 0;
};

// Available width of line i of a paragraph (the first-line indent already taken off line 0).
using LineWidths = std::function<double(size_t line)>;

class LineBreaker {
 public:
  virtual ~LineBreaker() = default;
  virtual std::vector<LineSpan> breakLines(const std::vector<ShapedCluster>& clusters, const LineWidths& widths,
                                           const ParagraphFormat& format) const = 0;
};

// clreq's rules for where a line may end: true when a line may break between clusters[i - 1] and
// clusters[i] at the given level of prohibition.
bool mayBreakBefore(const std::vector<ShapedCluster>& clusters, size_t i, Kinsoku level = Kinsoku::GB);

}  // namespace banmian::typeset
