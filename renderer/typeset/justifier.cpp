#include "typeset/justifier.h"

#include "typeset/char_class.h"

namespace banmian::typeset {
namespace {

bool isSpace(const ShapedCluster& c) { return classify(c.first) == CharClass::Space; }

// The end of the line's visible part: spaces at the end hang and take no slack.
size_t visibleEnd(const std::vector<ShapedCluster>& clusters, LineSpan line) {
  size_t end = line.end;
  while (end > line.begin && isSpace(clusters[end - 1])) --end;
  return end;
}

// May the gap before clusters[i] take slack?
bool stretchableGap(const std::vector<ShapedCluster>& clusters, size_t i) {
  CharClass b = classify(clusters[i - 1].last), a = classify(clusters[i].first);
  if (a == CharClass::Word && b == CharClass::Word) return false;
  if (a == CharClass::Inseparable && clusters[i - 1].last == clusters[i].first) return false;
  return true;
}

}  // namespace

double naturalWidth(const std::vector<ShapedCluster>& clusters, LineSpan line) {
  double w = 0;
  for (size_t i = line.begin; i < visibleEnd(clusters, line); ++i) w += clusters[i].advance;
  return w;
}

std::vector<double> placeClusters(const std::vector<ShapedCluster>& clusters, LineSpan line, double width,
                                  Align align) {
  size_t end = visibleEnd(clusters, line);
  double slack = width - naturalWidth(clusters, line);
  int gaps = 0;
  for (size_t i = line.begin + 1; i < end; ++i) gaps += stretchableGap(clusters, i) ? 1 : 0;
  double start = 0, per_gap = 0;
  if (align == Align::Justify && gaps > 0) per_gap = slack / gaps;
  else if (align == Align::Center) start = slack / 2;
  else if (align == Align::End) start = slack;
  std::vector<double> xs;
  double x = start;
  for (size_t i = line.begin; i < line.end; ++i) {
    if (i > line.begin && i < end && stretchableGap(clusters, i)) x += per_gap;
    xs.push_back(x);
    x += clusters[i].advance;
  }
  return xs;
}

}  // namespace banmian::typeset
