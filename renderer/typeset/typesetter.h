#pragma once
// The typeset stage: styled paragraphs in, set lines out. Shaping is Pango's; line breaking and
// justification are banmian's (clreq), behind the LineBreaker interface.
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "typeset/line_breaker.h"
#include "typeset/line_metrics.h"
#include "typeset/shaper.h"
#include "typeset/typeset_line.h"

namespace banmian {
class DiagnosticSink;
}

namespace banmian::typeset {

class Typesetter {
 public:
  // `fonts`: a font map kept across documents (see font_map.h); nullptr: one of its own.
  explicit Typesetter(std::unique_ptr<LineBreaker> breaker = nullptr, const FontMap* fonts = nullptr);

  // Sets `paragraph` into lines of the given widths (line 0's width is before the first-line indent).
  std::vector<TypesetLine> set(StyledParagraph paragraph, const LineWidths& widths);
  // The width of the paragraph on one line, for fitting display type.
  double naturalWidth(StyledParagraph paragraph);

  const std::vector<display::FontFace>& fonts() const { return shaper_.fonts(); }

  // Where warnings go (a break the rules forbid, taken as the last resort); none when not set.
  void reportTo(DiagnosticSink* diagnostics) { diagnostics_ = diagnostics; }

 private:
  std::vector<ShapedCluster> prepare(StyledParagraph& paragraph);
  TypesetLine buildLine(const LineMeasurer& measurer, const std::vector<ShapedCluster>& clusters, LineSpan span,
                        double width, Align align) const;
  void reportWideGaps(const StyledParagraph& paragraph, const LineMeasurer& measurer,
                      const std::vector<LineSpan>& spans, const LineWidths& widths);
  void reportForcedBreaks(const StyledParagraph& paragraph, const std::vector<ShapedCluster>& clusters,
                          const std::vector<LineSpan>& spans);

  Shaper shaper_;
  std::unique_ptr<LineBreaker> breaker_;
  DiagnosticSink* diagnostics_ = nullptr;
  std::set<std::string> reported_;
};

}  // namespace banmian::typeset
