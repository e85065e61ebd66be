#include "typeset/line_metrics.h"

#include <algorithm>
#include <string_view>

#include "typeset/char_class.h"
#include "typeset/punctuation_adjuster.h"

namespace banmian::typeset {
bool isSpace(const ShapedCluster& c) { return classify(c.first) == CharClass::Space; }

bool mayHang(const ShapedCluster& c) {
  static constexpr std::u32string_view kHanging = U"，。、．";
  return c.first == c.last && kHanging.find(c.first) != std::u32string_view::npos;
}

bool isLoneCharacter(const std::vector<ShapedCluster>& clusters, LineSpan line) {
  int han = 0;
  for (size_t i = line.begin; i < line.end; ++i) {
    CharClass k = classify(clusters[i].first);
    if (isHan(clusters[i].first)) ++han;
    else if (k != CharClass::Pause && k != CharClass::Stop && k != CharClass::Closing && k != CharClass::Space)
      return false;
  }
  return han == 1;
}

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

LineMeasurer::LineMeasurer(const std::vector<ShapedCluster>& clusters, const ParagraphFormat& format)
    : clusters_(clusters), format_(format), prefix_(clusters.size() + 1), visible_end_(clusters.size() + 1) {
  for (size_t i = 0; i < clusters.size(); ++i) {
    const ShapedCluster& c = clusters[i];
    Prefix p = prefix_[i];
    p.width += c.width();
    p.space += c.space_before;
    p.space_shrink += c.space_before / 2;
    if (isSpace(c)) p.latin_space_shrink += c.width() * kSpaceShrink;
    if (i > 0 && stretchableGap(clusters, i)) ++p.gaps;
    p.tier[interiorTier(c)] += interiorShrinkLeft(clusters, i) + interiorShrinkRight(clusters, i);
    prefix_[i + 1] = p;
    em_ = std::max(em_, c.size);
    visible_end_[i + 1] = isSpace(c) ? visible_end_[i] : i + 1;
  }
}

LineMetrics LineMeasurer::measure(LineSpan line) const {
  LineMetrics m;
  size_t a = line.begin, e = std::max(visible_end_[line.end], a);
  m.visible_end = e;
  m.em = em_;
  if (e == a) return m;
  const Prefix &first = prefix_[a + 1], &end = prefix_[e];
  m.natural = end.width - prefix_[a].width + end.space - first.space;
  m.shrink[kCjkLatinSpace] = end.space_shrink - first.space_shrink;
  m.shrink[kLatinSpace] = end.latin_space_shrink - first.latin_space_shrink;
  m.stretch_gaps = end.gaps - first.gaps;
  if (e - a > 2) {  // interior marks lie strictly between the first and the last cluster
    const Prefix& before_last = prefix_[e - 1];
    for (int t : {kBracket, kPauseMark, kStopMark}) m.shrink[t] = before_last.tier[t] - first.tier[t];
  }
  if (format_.opening_at_line_start_half && classify(clusters_[a].first) == CharClass::Opening) {
    m.start_trim = compressibleLeft(clusters_[a]);
    m.natural -= m.start_trim;
  }
  if (e - a > 1) m.shrink[kLineEndMark] = compressibleRight(clusters_[e - 1]);
  if (format_.hanging_punctuation && e - a > 1 && mayHang(clusters_[e - 1])) {
    m.hang = clusters_[e - 1].width();
    m.natural -= m.hang;
    m.shrink[kLineEndMark] = 0;
  }
  return m;
}

bool opensWideGaps(const LineMetrics& m, double width, double limit_em) {
  double slack = width - m.natural;
  if (slack <= 1e-9) return false;
  return m.stretch_gaps == 0 || slack / m.stretch_gaps > limit_em * m.em + 1e-9;
}

LineMetrics measureLine(const std::vector<ShapedCluster>& clusters, LineSpan line, const ParagraphFormat& format) {
  return LineMeasurer(clusters, format).measure(line);
}

}  // namespace banmian::typeset
