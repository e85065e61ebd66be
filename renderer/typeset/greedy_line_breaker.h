#pragma once
// First-fit line breaking under clreq's prohibition rules: each line takes as many clusters as fit, then
// steps back to the last place a line may end. A paragraph is not left ending on a lone character when
// the line before it can give one up. Kept as the baseline the total-fit breaker is measured against.
#include "typeset/line_breaker.h"

namespace banmian::typeset {

class GreedyLineBreaker : public LineBreaker {
 public:
  std::vector<LineSpan> breakLines(const std::vector<ShapedCluster>& clusters, const LineWidths& widths,
                                   const ParagraphFormat& format) const override;

 private:
  size_t fillLine(const std::vector<ShapedCluster>& clusters, size_t begin, double width, Kinsoku level) const;
  void avoidLoneLastCharacter(const std::vector<ShapedCluster>& clusters, std::vector<LineSpan>& lines,
                              Kinsoku level) const;
};

}  // namespace banmian::typeset
