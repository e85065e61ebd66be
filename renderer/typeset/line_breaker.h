#pragma once
// Line breaking is behind an interface so that a total-fit (Knuth-Plass style) breaker can replace the
// greedy one without touching shaping, justification or composition.
#include <cstddef>
#include <functional>
#include <vector>

#include "typeset/shaped_text.h"
#include "typeset/styled_text.h"

namespace banmian::typeset {

// One line: the clusters [begin, end).
struct LineSpan {
  size_t begin = 0, end = 0;
};

// The widths of a paragraph's lines: the first few given one by one (a paragraph flowing past a figure),
// every later line `rest` wide. Saying where the widths stop changing lets the total-fit breaker treat
// all later lines alike, as TeX does past its last special line; without that its search grows with the
// square of the paragraph.
struct LineWidths {
  std::vector<double> first;
  double rest = 0;

  LineWidths(double width) : rest(width) {}  // NOLINT: one width for every line reads naturally
  LineWidths(std::vector<double> first_lines, double rest_width) : first(std::move(first_lines)), rest(rest_width) {}
  double operator()(size_t line) const { return line < first.size() ? first[line] : rest; }
  // Lines from this one on all have the same width.
  size_t uniformFrom() const { return first.size(); }
};

class LineMeasurer;

class LineBreaker {
 public:
  virtual ~LineBreaker() = default;
  virtual std::vector<LineSpan> breakLines(const std::vector<ShapedCluster>& clusters, const LineWidths& widths,
                                           const ParagraphFormat& format) const = 0;
  // The same, given a measurer of these clusters in this format: the typesetter builds one per paragraph
  // to place its lines, and a breaker that measures every candidate line need not build another.
  virtual std::vector<LineSpan> breakMeasured(const LineMeasurer& /*measurer*/,
                                              const std::vector<ShapedCluster>& clusters, const LineWidths& widths,
                                              const ParagraphFormat& format) const {
    return breakLines(clusters, widths, format);
  }
};

// clreq's rules for where a line may end: true when a line may break between clusters[i - 1] and
// clusters[i] at the given level of prohibition.
bool mayBreakBefore(const std::vector<ShapedCluster>& clusters, size_t i, Kinsoku level = Kinsoku::GB);

}  // namespace banmian::typeset
