#pragma once
// Paragraph breaking over the whole paragraph (total fit, in the manner of Knuth and Plass): of all the
// ways to break a paragraph at legal places, take the one whose lines need the least adjustment, with
// extra cost for a lone last character (孤字) and for neighbouring lines of very different tightness.
// Lines may have different widths (a paragraph flowing around a figure); the state keeps the line number.
#include "typeset/line_breaker.h"

namespace banmian::typeset {

class TotalFitLineBreaker : public LineBreaker {
 public:
  std::vector<LineSpan> breakLines(const std::vector<ShapedCluster>& clusters, const LineWidths& widths,
                                   const ParagraphFormat& format) const override;
  std::vector<LineSpan> breakMeasured(const LineMeasurer& measurer, const std::vector<ShapedCluster>& clusters,
                                      const LineWidths& widths, const ParagraphFormat& format) const override;
};

// The cost model, exposed for tests.
namespace total_fit {
constexpr double kLinePenalty = 10;
constexpr double kStretchPerGap = 0.1;       // em of stretch per gap that counts as "fully stretched"
constexpr double kShrinkBadness = 30;        // shrinking is cheaper than stretching: clreq prefers push-in
constexpr double kAdjacentFitness = 3000;    // neighbouring lines of very different tightness
constexpr double kLoneCharacter = 1e7;       // a paragraph ending on one character
constexpr double kForcedBreak = 1e9;         // a break the rules forbid, taken as the last resort
}  // namespace total_fit

}  // namespace banmian::typeset
