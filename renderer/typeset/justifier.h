#pragma once
// Places the clusters of one line: a justified line fills the measure exactly by spreading the slack over
// the gaps between characters (never inside a Latin word or number, never inside —— or ……).
#include <vector>

#include "typeset/line_breaker.h"
#include "typeset/styled_text.h"

namespace banmian::typeset {

// x of each cluster of `line`, from the line's start. `align` is the alignment that applies to this line
// (the paragraph's last line takes its last-line alignment).
std::vector<double> placeClusters(const std::vector<ShapedCluster>& clusters, LineSpan line, double width,
                                  Align align);

// Natural width of the line, without spaces hanging at its end.
double naturalWidth(const std::vector<ShapedCluster>& clusters, LineSpan line);

}  // namespace banmian::typeset
