#include "typeset/justifier.h"

#include <array>

#include "typeset/bidi_order.h"
#include "typeset/char_class.h"
#include "typeset/line_metrics.h"
#include "typeset/punctuation_adjuster.h"

namespace banmian::typeset {
namespace {

// The share of each tier's capacity a too-long line must use, tier by tier until it fits.
std::array<double, kShrinkTiers> shrinkShares(const LineMetrics& m, double excess) {
  std::array<double, kShrinkTiers> share{};
  for (int t = 0; t < kShrinkTiers && excess > 0; ++t) {
    if (m.shrink[t] <= 0) continue;
    double take = std::min(excess, m.shrink[t]);
    share[t] = take / m.shrink[t];
    excess -= take;
  }
  return share;
}

struct Spacing {
  double start = 0;    // offset of the line's first cluster
  double per_gap = 0;  // extra space in each stretchable gap
};

Spacing spacingFor(const LineMetrics& m, double slack, Align align) {
  if (slack <= 0) return {};
  if (align == Align::Justify && m.stretch_gaps > 0) return {0, slack / m.stretch_gaps};
  if (align == Align::Center) return {slack / 2, 0};
  if (align == Align::End) return {slack, 0};
  return {};
}

}  // namespace

double naturalWidth(const std::vector<ShapedCluster>& clusters, LineSpan line, const ParagraphFormat& format) {
  return measureLine(clusters, line, format).natural;
}

PlacedLine placeClusters(const std::vector<ShapedCluster>& clusters, LineSpan line, double width, Align align,
                         const ParagraphFormat& format) {
  return placeClusters(LineMeasurer(clusters, format), clusters, line, width, align);
}

PlacedLine placeClusters(const LineMeasurer& measurer, const std::vector<ShapedCluster>& clusters, LineSpan line,
                         double width, Align align) {
  LineMetrics m = measurer.measure(line);
  double slack = width - m.natural;
  auto share = shrinkShares(m, -slack);
  Spacing spacing = spacingFor(m, slack, align);
  PlacedLine placed;
  double x = spacing.start;
  for (size_t i = line.begin; i < line.end; ++i) {
    const ShapedCluster& c = clusters[i];
    bool interior = i > line.begin && i < m.visible_end;
    double left = c.trim_left, right = c.trim_right, advance = c.advance;
    if (i == line.begin) left += m.start_trim;
    if (interior) {
      x += c.space_before * (1 - share[kCjkLatinSpace] / 2);
      if (stretchableGap(clusters, i)) x += spacing.per_gap;
      if (isSpace(c)) advance -= c.width() * kSpaceShrink * share[kLatinSpace];
    }
    if (interior && i + 1 < m.visible_end) {
      double f = share[interiorTier(c)];
      left += interiorShrinkLeft(clusters, i) * f;
      right += interiorShrinkRight(clusters, i) * f;
    } else if (i + 1 == m.visible_end && i > line.begin) {
      right += compressibleRight(c) * share[kLineEndMark];
    }
    placed.pens.push_back(x - left);
    placed.boxes.push_back({x, x + advance - left - right});
    x += advance - left - right;
    if (i + 1 == m.visible_end) placed.extent = x - m.hang;
  }
  placeRightToLeftRuns(clusters, line, m.visible_end, placed);
  return placed;
}

}  // namespace banmian::typeset
