#include "typeset/typesetter.h"

#include "typeset/justifier.h"
#include "typeset/punctuation_adjuster.h"
#include "typeset/punctuation_normalizer.h"
#include "typeset/total_fit_line_breaker.h"

namespace banmian::typeset {
namespace {

bool sameRunStyle(const LineRun& run, const ShapedCluster& c) {
  return run.font == c.font && run.size == c.size && run.color == c.color && run.rise == c.rise;
}

}  // namespace

std::string TypesetLine::text() const {
  std::string out;
  for (const auto& run : runs) out += run.text;
  return out;
}

Typesetter::Typesetter(std::unique_ptr<LineBreaker> breaker)
    : breaker_(breaker ? std::move(breaker) : std::make_unique<TotalFitLineBreaker>()) {}

std::vector<ShapedCluster> Typesetter::prepare(StyledParagraph& paragraph) {
  if (paragraph.format.normalize_punctuation) normalizePunctuation(paragraph);
  std::vector<ShapedCluster> clusters = shaper_.shape(paragraph);
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
  std::vector<LineSpan> spans = breaker_->breakLines(clusters, measure, paragraph.format);
  std::vector<TypesetLine> lines;
  for (size_t i = 0; i < spans.size(); ++i) {
    bool last = i + 1 == spans.size();
    Align align = last ? paragraph.format.last_line : paragraph.format.align;
    // A paragraph set in one alignment other than justify keeps it on its last line too.
    if (last && paragraph.format.align != Align::Justify) align = paragraph.format.align;
    TypesetLine line = buildLine(clusters, spans[i], measure(i), align, paragraph.format);
    line.offset = i == 0 ? indent : 0;
    lines.push_back(std::move(line));
  }
  return lines;
}


double Typesetter::naturalWidth(StyledParagraph paragraph) {
  std::vector<ShapedCluster> clusters = prepare(paragraph);
  return typeset::naturalWidth(clusters, {0, clusters.size()}, paragraph.format) + paragraph.format.indent;
}

TypesetLine Typesetter::buildLine(const std::vector<ShapedCluster>& clusters, LineSpan span, double width,
                                  Align align, const ParagraphFormat& format) const {
  PlacedLine placed = placeClusters(clusters, span, width, align, format);
  TypesetLine line;
  line.width = width;
  line.extent = placed.extent;
  for (size_t i = span.begin; i < span.end; ++i) {
    const ShapedCluster& c = clusters[i];
    if (line.runs.empty() || !sameRunStyle(line.runs.back(), c))
      line.runs.push_back({c.font, c.size, c.color, c.rise, {}, {}, {}});
    LineRun& run = line.runs.back();
    double pen = placed.pens[i - span.begin];
    for (const auto& g : c.glyphs) {
      run.glyphs.push_back({g.id, pen + g.x_offset, g.y_offset - c.rise});
      pen += g.advance;
    }
    run.text += c.text;
    run.clusters.push_back({static_cast<int>(c.text.size()), static_cast<int>(c.glyphs.size())});
  }
  return line;
}

}  // namespace banmian::typeset
