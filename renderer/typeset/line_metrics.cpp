#include "typeset/line_metrics.h"

#include <algorithm>

#include "typeset/char_class.h"
#include "typeset/punctuation_adjuster.h"

namespace banmian::typeset {
namespace {

bool isSpace(const ShapedCluster& c) { return classify(c.first) == CharClass::Space; }

// A Latin word space may shrink to two thirds of itself.
constexpr double kSpaceShrink = 1.0 / 3;

}  // namespace

double LineMetrics::totalShrink() const {
  double total = 0;
  for (double s : shrink) total += s;
  return total;
}

bool stretchableGap(const std::vector<ShapedCluster>& clusters, size_t i) {
  CharClass b = classify(clusters[i - 1].last), a = classify(clusters[i].first);
  if (a == CharClass::Word && b == CharClass::Word) return false;
  if (a == CharClass::Inseparable && clusters[i - 1].last == clusters[i].first) return false;
  return true;
}

ShrinkTier interiorTier(const ShapedCluster& c) {
  switch (classify(c.first)) {
    case CharClass::Opening:
    case CharClass::Closing: return kBracket;
    case CharClass::Pause: return kPauseMark;
    default: return kStopMark;
  }
}

double interiorShrinkLeft(const std::vector<ShapedCluster>& clusters, size_t i) {
  if (i > 0 && isCompressiblePunctuation(clusters[i - 1].last)) return 0;
  return compressibleLeft(clusters[i]);
}

double interiorShrinkRight(const std::vector<ShapedCluster>& clusters, size_t i) {
  if (i + 1 < clusters.size() && isCompressiblePunctuation(clusters[i + 1].first)) return 0;
  return compressibleRight(clusters[i]);
}

LineMetrics measureLine(const std::vector<ShapedCluster>& clusters, LineSpan line, const ParagraphFormat& format) {
  LineMetrics m;
  size_t end = line.end;
  while (end > line.begin && isSpace(clusters[end - 1])) --end;
  m.visible_end = end;
  if (end == line.begin) return m;
  m.em = clusters[line.begin].size;
  for (size_t i = line.begin; i < end; ++i) {
    const ShapedCluster& c = clusters[i];
    m.natural += c.width();
    m.em = std::max(m.em, c.size);
    if (i == line.begin) continue;
    m.natural += c.space_before;
    m.shrink[kCjkLatinSpace] += c.space_before / 2;
    if (isSpace(c)) m.shrink[kLatinSpace] += c.width() * kSpaceShrink;
    if (stretchableGap(clusters, i)) ++m.stretch_gaps;
    if (i + 1 < end) m.shrink[interiorTier(c)] += interiorShrinkLeft(clusters, i) + interiorShrinkRight(clusters, i);
  }
  if (format.opening_at_line_start_half && classify(clusters[line.begin].first) == CharClass::Opening) {
    m.start_trim = compressibleLeft(clusters[line.begin]);
    m.natural -= m.start_trim;
  }
  if (end - line.begin > 1) m.shrink[kLineEndMark] = compressibleRight(clusters[end - 1]);
  return m;
}

}  // namespace banmian::typeset
