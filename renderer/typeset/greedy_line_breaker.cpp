#include "typeset/greedy_line_breaker.h"

#include "typeset/char_class.h"
#include "typeset/line_metrics.h"

namespace banmian::typeset {
namespace {

constexpr double kEpsilon = 1e-6;

}  // namespace

std::vector<LineSpan> GreedyLineBreaker::breakLines(const std::vector<ShapedCluster>& clusters,
                                                    const LineWidths& widths, const ParagraphFormat& format) const {
  std::vector<LineSpan> lines;
  size_t begin = 0;
  while (begin < clusters.size()) {
    size_t end = fillLine(clusters, begin, widths(lines.size()), format.kinsoku);
    lines.push_back({begin, end});
    begin = end;
  }
  avoidLoneLastCharacter(clusters, lines, format.kinsoku);
  return lines;
}

// Returns the end of the line that starts at `begin`.
size_t GreedyLineBreaker::fillLine(const std::vector<ShapedCluster>& clusters, size_t begin, double width,
                                   Kinsoku level) const {
  double x = 0;
  size_t last_break = begin;
  size_t i = begin;
  for (; i < clusters.size(); ++i) {
    if (i > begin && mayBreakBefore(clusters, i, level)) last_break = i;
    double advance = clusters[i].width() + (i > begin ? clusters[i].space_before : 0);
    // A space at the end of a line hangs outside the measure; it never forces a break.
    if (x + advance > width + kEpsilon && i > begin && !isSpace(clusters[i])) break;
    x += advance;
  }
  if (i == clusters.size()) return i;
  // Nowhere legal to break: break where the measure ends rather than overflow it.
  return last_break > begin ? last_break : i;
}

void GreedyLineBreaker::avoidLoneLastCharacter(const std::vector<ShapedCluster>& clusters,
                                               std::vector<LineSpan>& lines, Kinsoku level) const {
  if (lines.size() < 2) return;
  LineSpan& last = lines.back();
  if (!isLoneCharacter(clusters, last)) return;
  LineSpan& previous = lines[lines.size() - 2];
  for (size_t b = previous.end - 1; b > previous.begin + 1; --b) {
    if (mayBreakBefore(clusters, b, level)) {
      previous.end = b;
      last.begin = b;
      return;
    }
  }
}

}  // namespace banmian::typeset
