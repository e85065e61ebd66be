#pragma once
// Places the clusters of one line. A justified line fills the measure exactly: too long, it shrinks in
// clreq's order (line-end mark, Latin spaces, brackets, ，、；：, Han-Latin spacing, 。？！); too short, it
// spreads the slack evenly over the gaps between characters (never inside a Latin word, a number, ——
// or ……). A line in another alignment keeps its natural spacing.
#include <vector>

#include "typeset/line_breaker.h"
#include "typeset/line_metrics.h"
#include "typeset/styled_text.h"

namespace banmian::typeset {

struct ClusterBox {
  double left = 0, right = 0;  // the part of the line a cluster takes, after trimming
};

struct PlacedLine {
  std::vector<double> pens;  // where each cluster's glyphs are drawn from, relative to the line's start
  std::vector<ClusterBox> boxes;
  double extent = 0;         // where the last visible cluster ends (the measure, for a justified line;
                             // a mark hanging past the measure is outside it)
};

// Places the clusters of `line`; `align` is the alignment that applies to this line. The measurer is the
// paragraph's, built once: building one per line would cost the whole paragraph for every line.
PlacedLine placeClusters(const LineMeasurer& measurer, const std::vector<ShapedCluster>& clusters, LineSpan line,
                         double width, Align align);
// The same for a single line (builds a measurer over all of `clusters`).
PlacedLine placeClusters(const std::vector<ShapedCluster>& clusters, LineSpan line, double width, Align align,
                         const ParagraphFormat& format = {});

// Natural width of the line, without spaces hanging at its end.
double naturalWidth(const std::vector<ShapedCluster>& clusters, LineSpan line, const ParagraphFormat& format = {});

}  // namespace banmian::typeset
