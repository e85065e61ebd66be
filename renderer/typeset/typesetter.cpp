#include "typeset/typesetter.h"

#include <fmt/format.h>

#include "base/diagnostics.h"
#include "typeset/char_class.h"
#include "typeset/justifier.h"
#include "typeset/punctuation_adjuster.h"
#include "typeset/punctuation_normalizer.h"
#include "typeset/total_fit_line_breaker.h"

namespace banmian::typeset {
namespace {

// clreq: the dot sits centred under the character, below the em box (whose foot is 0.12 em under the
// baseline) and clear of the next line's ink at ordinary leading.
EmphasisDot emphasisDot(const ShapedCluster& c, double centre) {
  constexpr double kBelowBaseline = 0.27, kRadius = 0.075;  // em
  return {centre, kBelowBaseline * c.size - c.rise, kRadius * c.size, c.color};
}

bool sameRunStyle(const LineRun& run, const ShapedCluster& c) {
  return run.font == c.font && run.size == c.font_size && run.color == c.color && run.rise == c.rise;
}

}  // namespace

std::string TypesetLine::text() const {
  std::string out;
  for (const auto& run : runs) out += run.text;
  return out;
}

Typesetter::Typesetter(std::unique_ptr<LineBreaker> breaker, const FontMap* fonts)
    : shaper_(fonts), breaker_(breaker ? std::move(breaker) : std::make_unique<TotalFitLineBreaker>()) {}

std::vector<ShapedCluster> Typesetter::prepare(StyledParagraph& paragraph) {
  if (paragraph.format.normalize_punctuation) normalizePunctuation(paragraph);
  std::vector<ShapedCluster> clusters = shaper_.shape(paragraph);
  markApostrophes(clusters);
  adjustPunctuation(clusters, paragraph.format.punctuation);
  addCjkLatinSpacing(clusters, paragraph.format.cjk_latin_space);
  return clusters;
}

std::vector<TypesetLine> Typesetter::set(StyledParagraph paragraph, const LineWidths& widths) {
  std::vector<ShapedCluster> clusters = prepare(paragraph);
  const double indent = paragraph.format.indent;
  LineWidths measure = widths;
  if (measure.first.empty()) measure.first.push_back(measure.rest);
  measure.first[0] -= indent;
  const LineMeasurer measurer(clusters, paragraph.format);
  std::vector<LineSpan> spans = breaker_->breakMeasured(measurer, clusters, measure, paragraph.format);
  reportForcedBreaks(paragraph, clusters, spans);
  reportWideGaps(paragraph, measurer, spans, measure);
  std::vector<TypesetLine> lines;
  for (size_t i = 0; i < spans.size(); ++i) {
    bool last = i + 1 == spans.size();
    Align align = last ? paragraph.format.last_line : paragraph.format.align;
    // A paragraph set in one alignment other than justify keeps it on its last line too.
    if (last && paragraph.format.align != Align::Justify) align = paragraph.format.align;
    TypesetLine line = buildLine(measurer, clusters, spans[i], measure(i), align);
    line.offset = i == 0 ? indent : 0;
    lines.push_back(std::move(line));
  }
  return lines;
}

// A break the rules forbid (a Latin word or number longer than the measure, or nowhere legal to break)
// is the last resort: say where. The same paragraph may be set more than once (to count its lines), so
// each place is reported once.
void Typesetter::reportForcedBreaks(const StyledParagraph& paragraph, const std::vector<ShapedCluster>& clusters,
                                    const std::vector<LineSpan>& spans) {
  if (!diagnostics_) return;
  std::vector<size_t> forced;
  for (const LineSpan& span : spans)
    if (span.end < clusters.size() && !mayBreakBefore(clusters, span.end, paragraph.format.kinsoku))
      forced.push_back(span.end);
  if (forced.empty()) return;
  // One warning per paragraph, at the run of its first forced break: an 8,000-letter word breaks 300 times.
  const size_t first = forced.front();
  const SourceLocation& where = paragraph.runs.at(clusters[first].run).where;
  if (!reported_.insert(where.str() + "@" + std::to_string(first)).second) return;
  std::string more = forced.size() > 1 ? fmt::format(", and {} more times", forced.size() - 1) : "";
  diagnostics_->warn(where, fmt::format("no legal line break fits the measure: broke between '{}' and '{}'{} "
                                        "(a word or number longer than the line?)",
                                        clusters[first - 1].text, clusters[first].text, more));
}

// The breaker looked for breaks that keep every gap within the limit; when none existed, verbose output
// says which line opens wider ones.
void Typesetter::reportWideGaps(const StyledParagraph& paragraph, const LineMeasurer& measurer,
                                const std::vector<LineSpan>& spans, const LineWidths& widths) {
  if (!diagnostics_ || paragraph.format.align != Align::Justify) return;
  for (size_t i = 0; i + 1 < spans.size(); ++i) {
    LineMetrics m = measurer.measure(spans[i]);
    if (!opensWideGaps(m, widths(i), paragraph.format.max_ideograph_gap) || m.stretch_gaps == 0) continue;
    double gap = (widths(i) - m.natural) / m.stretch_gaps / m.em;
    std::string key = paragraph.where.str() + "#gap" + std::to_string(spans[i].begin);
    if (!reported_.insert(key).second) continue;
    diagnostics_->note(paragraph.where, fmt::format("no line breaks keep justification within {:.2f} em: line {} "
                                                    "opens {:.2f} em between characters",
                                                    paragraph.format.max_ideograph_gap, i + 1, gap));
  }
}

double Typesetter::naturalWidth(StyledParagraph paragraph) {
  std::vector<ShapedCluster> clusters = prepare(paragraph);
  return typeset::naturalWidth(clusters, {0, clusters.size()}, paragraph.format) + paragraph.format.indent;
}

TypesetLine Typesetter::buildLine(const LineMeasurer& measurer, const std::vector<ShapedCluster>& clusters,
                                  LineSpan span, double width, Align align) const {
  PlacedLine placed = placeClusters(measurer, clusters, span, width, align);
  TypesetLine line;
  line.width = width;
  line.extent = placed.extent;
  for (size_t i = span.begin; i < span.end; ++i) {
    const ShapedCluster& c = clusters[i];
    if (line.runs.empty() || !sameRunStyle(line.runs.back(), c))
      line.runs.push_back({c.font, c.font_size, c.color, c.rise, {}, {}, {}});
    LineRun& run = line.runs.back();
    double pen = placed.pens[i - span.begin];
    for (const auto& g : c.glyphs) {
      run.glyphs.push_back({g.id, pen + g.x_offset, g.y_offset - c.rise});
      pen += g.advance;
    }
    run.text += c.text;
    run.clusters.push_back({static_cast<int>(c.text.size()), static_cast<int>(c.glyphs.size())});
    const ClusterBox& box = placed.boxes[i - span.begin];
    if (c.emphasis_dots && isHan(c.first)) line.dots.push_back(emphasisDot(c, (box.left + box.right) / 2));
  }
  return line;
}

}  // namespace banmian::typeset
