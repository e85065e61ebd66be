#include "typeset/greedy_line_breaker.h"

#include "typeset/char_class.h"

namespace banmian::typeset {
namespace {

constexpr double kEpsilon = 1e-6;

bool isSpace(const ShapedCluster& c) { return classify(c.first) == CharClass::Space; }

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
  avoidLoneLastCharacter(clusters, lines);
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
                                               std::vector<LineSpan>& lines) const {
  if (lines.size() < 2) return;
  LineSpan& last = lines.back();
  int han = 0;
  for (size_t i = last.begin; i < last.end; ++i) han += isHan(clusters[i].first) ? 1 : 0;
  bool only_marks_besides = true;
  for (size_t i = last.begin; i < last.end; ++i) {
    CharClass k = classify(clusters[i].first);
    if (!isHan(clusters[i].first) && k != CharClass::Pause && k != CharClass::Stop && k != CharClass::Closing)
      only_marks_besides = false;
  }
  if (han != 1 || !only_marks_besides) return;
  LineSpan& previous = lines[lines.size() - 2];
  for (size_t b = previous.end - 1; b > previous.begin + 1; --b) {
    if (mayBreakBefore(clusters, b)) {
      previous.end = b;
      last.begin = b;
      return;
    }
  }
}

}  // namespace banmian::typeset
