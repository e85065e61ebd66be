#include "typeset/total_fit_line_breaker.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "typeset/char_class.h"
#include "typeset/line_metrics.h"

namespace banmian::typeset {
namespace {

using namespace total_fit;

struct Node {
  size_t pos = 0;
  size_t line = 0;      // lines before this break
  double demerits = 0;
  int fitness = 1;      // 0 tight, 1 decent, 2 loose, 3 very loose
  int previous = -1;
};

struct Judgement {
  bool too_long = false;
  double badness = 0;
  int fitness = 1;
};

// How far the rules bend: first legal breaks whose lines open no gap wider than the style's limit, then
// any legal breaks, then, as the last resort, breaks the rules forbid.
enum class Pass { GapLimit, Legal, LastResort };

Judgement judge(const LineMetrics& m, double width, bool last) {
  double slack = width - m.natural;
  if (slack < -1e-9) {
    double shrink = m.totalShrink();
    if (-slack > shrink + 1e-9) return {true, 0, 0};
    double r = -slack / shrink;
    return {false, kShrinkBadness * r * r * r, r > 0.5 ? 0 : 1};
  }
  if (last) return {false, 0, 1};
  // Uncapped: with no tolerance to reject lines, a one-character line must cost more than a loose one. A
  // line with no gap to stretch counts as one gap, so leaving it short is very bad, never free.
  double stretch = std::max(m.stretch_gaps, 1) * kStretchPerGap * m.em;
  double r = slack / stretch;
  return {false, 100 * r * r * r, r > 2 ? 3 : r > 1 ? 2 : 1};
}

class Search {
 public:
  Search(const std::vector<ShapedCluster>& clusters, const LineWidths& widths, const ParagraphFormat& format,
         const LineMeasurer& measurer, Pass pass)
      : clusters_(clusters),
        widths_(widths),
        format_(format),
        last_resort_(pass == Pass::LastResort),
        gap_limit_(pass == Pass::GapLimit && format.align == Align::Justify),
        measurer_(measurer) {}

  // The best breaks, or empty when no arrangement fits.
  std::vector<LineSpan> run();

 private:
  bool candidate(size_t pos) const;
  void tryBreaksAt(size_t pos, std::vector<int>& active);
  void keepBest(const Node& node);
  double demeritsOf(const Node& from, LineSpan line, const Judgement& j) const;
  std::vector<LineSpan> backtrack(int node) const;

  const std::vector<ShapedCluster>& clusters_;
  const LineWidths& widths_;
  const ParagraphFormat& format_;
  bool last_resort_;
  bool gap_limit_;
  const LineMeasurer& measurer_;
  std::vector<Node> nodes_;
  // Scratch of tryBreaksAt, kept from one break to the next: allocating them at every candidate break
  // was most of the breaker's own cost. best_ holds the best new node for each line state, in order.
  std::vector<int> still_active_;
  std::vector<Node> best_;
};

bool Search::candidate(size_t pos) const {
  if (pos == clusters_.size()) return true;
  return last_resort_ || mayBreakBefore(clusters_, pos, format_.kinsoku);
}

double Search::demeritsOf(const Node& from, LineSpan line, const Judgement& j) const {
  double d = from.demerits + std::pow(kLinePenalty + j.badness, 2);
  if (std::abs(j.fitness - from.fitness) > 1 && from.previous >= 0) d += kAdjacentFitness;
  if (line.end == clusters_.size() && line.begin > 0 && isLoneCharacter(clusters_, line)) d += kLoneCharacter;
  if (last_resort_ && line.end < clusters_.size() && !mayBreakBefore(clusters_, line.end, format_.kinsoku))
    d += kForcedBreak;
  return d;
}

void Search::keepBest(const Node& node) {
  auto at = std::lower_bound(best_.begin(), best_.end(), node.line,
                             [](const Node& kept, size_t line) { return kept.line < line; });
  if (at == best_.end() || at->line != node.line)
    best_.insert(at, node);
  else if (node.demerits < at->demerits)
    *at = node;
}

void Search::tryBreaksAt(size_t pos, std::vector<int>& active) {
  best_.clear();
  still_active_.clear();
  for (int a : active) {
    const Node from = nodes_[a];
    LineSpan line{from.pos, pos};
    LineMetrics m = measurer_.measure(line);
    Judgement j = judge(m, widths_(from.line), pos == clusters_.size());
    // A line too long now only grows; keep it only when it is the one cluster a last resort must allow.
    bool forced = j.too_long && last_resort_ && pos == from.pos + 1;
    if (j.too_long && !forced) continue;
    still_active_.push_back(a);
    bool last = pos == clusters_.size();
    if (gap_limit_ && !last && opensWideGaps(m, widths_(from.line), format_.max_ideograph_gap)) continue;
    double d = demeritsOf(from, line, j) + (forced ? kForcedBreak : 0);
    // Lines past the last specially sized one are interchangeable: one state stands for them all.
    size_t line_state = std::min(from.line + 1, widths_.uniformFrom());
    keepBest({pos, line_state, d, j.fitness, a});
  }
  active.swap(still_active_);
  for (const Node& node : best_) {
    nodes_.push_back(node);
    active.push_back(static_cast<int>(nodes_.size()) - 1);
  }
}

std::vector<LineSpan> Search::run() {
  nodes_.push_back({});
  std::vector<int> active{0};
  for (size_t pos = 1; pos <= clusters_.size() && !active.empty(); ++pos)
    if (candidate(pos)) tryBreaksAt(pos, active);
  int best = -1;
  for (int a : active)
    if (nodes_[a].pos == clusters_.size() && (best < 0 || nodes_[a].demerits < nodes_[best].demerits)) best = a;
  return best < 0 ? std::vector<LineSpan>{} : backtrack(best);
}

std::vector<LineSpan> Search::backtrack(int node) const {
  std::vector<LineSpan> lines;
  for (int n = node; nodes_[n].previous >= 0; n = nodes_[n].previous)
    lines.push_back({nodes_[nodes_[n].previous].pos, nodes_[n].pos});
  std::reverse(lines.begin(), lines.end());
  return lines;
}

}  // namespace

std::vector<LineSpan> TotalFitLineBreaker::breakLines(const std::vector<ShapedCluster>& clusters,
                                                      const LineWidths& widths, const ParagraphFormat& format) const {
  return breakMeasured(LineMeasurer(clusters, format), clusters, widths, format);
}

std::vector<LineSpan> TotalFitLineBreaker::breakMeasured(const LineMeasurer& measurer,
                                                         const std::vector<ShapedCluster>& clusters,
                                                         const LineWidths& widths,
                                                         const ParagraphFormat& format) const {
  if (clusters.empty()) return {};
  for (Pass pass : {Pass::GapLimit, Pass::Legal, Pass::LastResort}) {
    std::vector<LineSpan> lines = Search(clusters, widths, format, measurer, pass).run();
    if (!lines.empty()) return lines;
  }
  return {};
}

}  // namespace banmian::typeset
