// The frame every chart shares: optional background, a title on top, the source note at the bottom,
// and the kind's drawing in between.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "base/em_box.h"
#include "base/number_format.h"
#include "chart/chart.h"
#include "chart/chart_canvas.h"
#include "chart/shapes.h"

namespace banmian::chart {
namespace {

constexpr double kTitleGap = 4;  // pt between the title and the plot

// Sets `text` on a line of the frame's width; wider text means the frame is too narrow.
SetLabel fittingLine(ChartCanvas& canvas, const std::string& text, TextRole role, double width) {
  SetLabel label = canvas.text.set(text, canvas.text.style(role));
  if (label.width > width + 0.01)
    canvas.doesNotFit(fmt::format("'{}' needs {:.1f}pt, the frame is {:.1f}pt wide", text, label.width, width));
  return label;
}

void drawByMark(ChartCanvas& canvas, const resolve::ChartData& data, const Rect& plot) {
  using model::ChartMark;
  switch (data.spec->mark) {
    case ChartMark::Bar:
    case ChartMark::Column: return drawBarChart(canvas, data, plot);
    case ChartMark::Line: return drawLineChart(canvas, data, plot);
    case ChartMark::Pie:
    case ChartMark::Donut: return drawPieChart(canvas, data, plot);
    case ChartMark::Ring: return drawShareRings(canvas, data, plot);
    case ChartMark::Kpi: return drawKpiTiles(canvas, data, plot);
    case ChartMark::Table: return drawDataTable(canvas, data, plot);
  }
}

}  // namespace

void ChartCanvas::doesNotFit(const std::string& why) const {
  throw InputError(where, fmt::format("chart '{}' does not fit its frame: {}", name, why));
}

namespace {

NumberFormat parsedFormat(const std::string& format, const SourceLocation& where) {
  std::string error;
  const std::optional<NumberFormat> parsed = NumberFormat::parse(format, error);
  if (!parsed) throw InputError(where, error);  // the loader checked it; kept for charts built in code
  return *parsed;
}

std::map<std::string, double> largestMagnitudes(const resolve::ChartData& data) {
  std::map<std::string, double> largest;
  for (const auto& series : data.series)
    for (const auto& v : series.values) largest[v.unit] = std::max(largest[v.unit], std::fabs(v.value));
  return largest;
}

}  // namespace

std::string ChartCanvas::valueText(const resolve::ChartValue& value, const std::string& format) const {
  NumberFormat parsed = parsedFormat(format, where);
  const auto found = largest.find(value.unit);
  parsed.scale = fixedScale(parsed.scale, value.unit, found == largest.end() ? std::fabs(value.value) : found->second);
  return formatQuantity(value.value, value.unit, value.decimals, parsed);
}

std::vector<std::string> ChartCanvas::tickTexts(const NiceScale& scale, const resolve::ChartData& data) const {
  const NumberFormat label = parsedFormat(data.spec->format, where);
  NumberFormat tick;
  tick.thousands = label.thousands;
  const auto found = largest.find(data.unit);  // the labels' scale, so that ticks and labels read alike
  tick.scale = fixedScale(label.scale, data.unit, found == largest.end() ? 0 : found->second);
  tick.decimals = NiceScale{0, 1, inWrittenUnit(scale.step, data.unit, tick.scale)}.decimals();
  std::vector<std::string> out;
  for (double t : scale.ticks()) out.push_back(t == 0 ? "0" : formatQuantity(t, data.unit, 0, tick));
  return out;
}

std::vector<display::Item> drawChart(const ChartRequest& request, typeset::Typesetter& typesetter) {
  std::vector<display::Item> items;
  ChartText text(typesetter, request.theme, request.font_families, request.where);
  ChartCanvas canvas{text, request.theme, items, request.name, request.where, largestMagnitudes(request.data)};
  const model::ChartSpec& spec = *request.data.spec;
  if (request.theme.background) items.push_back(filledRect(request.frame, *request.theme.background));
  const double pad = request.theme.padding;
  Rect plot{request.frame.x + pad, request.frame.y + pad, request.frame.width - 2 * pad,
            request.frame.height - 2 * pad};
  if (!spec.title.empty()) {
    SetLabel title = fittingLine(canvas, spec.title, TextRole::Title, plot.width);
    canvas.paint(title, plot.x, plot.y + title.ascent());
    plot.y += title.size + kTitleGap;
    plot.height -= title.size + kTitleGap;
  }
  if (!spec.note.empty()) {
    SetLabel note = fittingLine(canvas, spec.note, TextRole::Note, plot.width);
    canvas.paint(note, plot.x, plot.bottom() - note.descent());
    plot.height -= note.size + kTitleGap;
  }
  if (plot.height < 12) canvas.doesNotFit(fmt::format("{:.1f}pt are left for the chart itself", plot.height));
  drawByMark(canvas, request.data, plot);
  return items;
}

double drawLegend(ChartCanvas& canvas, const std::vector<std::string>& names, double x, double baseline,
                  double max_width) {
  const TextStyle style = canvas.text.style(TextRole::Label);
  const double swatch = style.size * 0.8, gap = style.size * 0.3, spacing = style.size;
  double pen = x;
  for (size_t i = 0; i < names.size(); ++i) {
    SetLabel label = canvas.text.set(names[i], style);
    if (pen + swatch + gap + label.width - x > max_width + 0.01)
      canvas.doesNotFit(fmt::format("the legend needs more than {:.1f}pt", max_width));
    canvas.items.push_back(filledRect({pen, baseline - style.size * 0.74, swatch, swatch}, canvas.color(i)));
    canvas.paint(label, pen + swatch + gap, baseline);
    pen += swatch + gap + label.width + spacing;
  }
  return pen - spacing - x;
}

}  // namespace banmian::chart

namespace banmian::chart {

Rect drawSeriesHeader(ChartCanvas& canvas, const resolve::ChartData& data, const Rect& plot) {
  const bool legend = data.series.size() > 1;
  const std::string& axis_title = data.spec->axis_title;
  if (!legend && axis_title.empty()) return plot;
  TextStyle style = canvas.text.style(TextRole::Label);
  const double baseline = plot.y + kEmBoxAscent * style.size;
  double used = 0;
  if (legend) {
    std::vector<std::string> names;
    for (const auto& s : data.series) names.push_back(s.name);
    used = drawLegend(canvas, names, plot.x, baseline, plot.width);
  }
  if (!axis_title.empty()) {
    style.color = canvas.theme.muted;
    SetLabel title = canvas.text.set(axis_title, style);
    if (used + title.width + style.size > plot.width) canvas.doesNotFit("the axis title does not fit beside the legend");
    canvas.paint(title, plot.right() - title.width, baseline);
  }
  const double row = style.size * 1.4;
  return {plot.x, plot.y + row, plot.width, plot.height - row};
}

}  // namespace banmian::chart
