// Pies and donuts: slices clockwise from twelve o'clock in palette order, each slice's share written in
// it when it has room (as the legend rounds it), a legend with names and values beside; a donut shows the
// total in its hole (100% for shares).
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "base/number_format.h"
#include "chart/chart_canvas.h"
#include "chart/label_placer.h"
#include "chart/shapes.h"

namespace banmian::chart {
namespace {

constexpr double kDonutHole = 0.56;  // inner radius / outer radius
constexpr double kMinRadius = 16;    // pt

// The legend: a swatch, the name and the value per row. Returns its width.
double drawPieLegend(ChartCanvas& canvas, const resolve::ChartData& data, const Rect& plot) {
  const auto& values = data.series.front().values;
  const TextStyle style = canvas.text.style(TextRole::Label);
  const double row = style.size * 1.6, swatch = style.size * 0.8;
  std::vector<SetLabel> rows;
  double width = 0;
  for (const auto& v : values) {
    rows.push_back(canvas.text.set(v.label + " " + canvas.valueText(v, data.spec->format), style));
    width = std::max(width, rows.back().width + swatch + style.size * 0.4);
  }
  if (row * rows.size() > plot.height) canvas.doesNotFit(fmt::format("its legend needs {:.1f}pt", row * rows.size()));
  if (width > plot.width / 2) canvas.doesNotFit("its legend takes more than half its width");
  const double x = plot.right() - width, top = plot.y + (plot.height - row * rows.size()) / 2;
  for (size_t i = 0; i < rows.size(); ++i) {
    const double baseline = top + i * row + (row + style.size) / 2 - 0.12 * style.size;
    canvas.items.push_back(filledRect({x, baseline - style.size * 0.74, swatch, swatch}, canvas.color(i)));
    canvas.paint(rows[i], x + swatch + style.size * 0.4, baseline);
  }
  return width;
}

// Values in % that make a whole (100 but for their rounding) are shares already: a slice reads its value as
// the legend rounds it. Anything else reads its share of the total in whole percent, rounded by largest
// remainder so that the slices add up to 100%.
bool sharesGiven(const resolve::ChartData& data) {
  if (data.unit != "%") return false;
  double sum = 0, slack = 1e-9;
  for (const auto& v : data.series.front().values) {
    sum += v.value;
    slack += 0.5 * std::pow(10.0, -v.decimals);
  }
  return std::fabs(sum - 100) <= slack;
}

std::vector<std::string> sliceTexts(ChartCanvas& canvas, const resolve::ChartData& data) {
  const auto& values = data.series.front().values;
  std::vector<std::string> out;
  if (sharesGiven(data)) {
    const std::string format = data.spec->format.empty() ? "unit" : data.spec->format + ",unit";
    for (const auto& v : values) out.push_back(canvas.valueText(v, format));
    return out;
  }
  std::vector<double> amounts;
  for (const auto& v : values) amounts.push_back(v.value);
  for (double share : percentShares(amounts, 0)) out.push_back(formatNumber(share, 0) + "%");
  return out;
}

// The share written in the slice, when the slice is wide enough at the label's radius.
void labelSlice(ChartCanvas& canvas, LabelPlacer& placer, Point centre, double radius, double from, double to,
                const std::string& text) {
  TextStyle style = canvas.text.style(TextRole::Number);
  style.color = Color::white();
  const SetLabel label = canvas.text.set(text, style);
  const double mid = (from + to) / 2, chord = 2 * radius * std::sin(std::min((to - from) / 2, M_PI / 2));
  if (chord < label.width * 1.3) return;
  const Point at = onCircle(centre, radius, mid);
  const Rect box{at.x - label.width / 2, at.y - label.size / 2, label.width, label.size};
  if (placer.place({box})) canvas.paint(label, box.x, box.y + label.ascent());
}

void drawDonutTotal(ChartCanvas& canvas, const resolve::ChartData& data, Point centre, double hole) {
  resolve::ChartValue total = data.series.front().values.front();
  total.value = 0;
  for (const auto& v : data.series.front().values) total.value += v.value;
  TextStyle big = canvas.text.style(TextRole::BigNumber);
  big.size = std::min(big.size, hole * 0.55);
  // Shares make a whole, whatever their sum as rounded in the data (99.9, 100.1): it reads 100%.
  const std::string text = sharesGiven(data) ? "100%" : canvas.valueText(total, data.spec->format);
  const SetLabel number = canvas.text.set(text, big);
  const SetLabel caption = canvas.text.set("合计", canvas.text.style(TextRole::Label));
  if (number.width > hole * 1.7) return;  // the hole is too small for the total; the legend has the values
  canvas.paint(number, centre.x - number.width / 2, centre.y + number.ascent() * 0.45);
  canvas.paint(caption, centre.x - caption.width / 2, centre.y + number.ascent() * 0.45 + caption.size * 1.3);
}

}  // namespace

void drawPieChart(ChartCanvas& canvas, const resolve::ChartData& data, const Rect& plot) {
  const auto& values = data.series.front().values;
  const bool donut = data.spec->mark == model::ChartMark::Donut;
  const double legend = drawPieLegend(canvas, data, plot);
  const double radius = std::min(plot.height, plot.width - legend - 8) / 2;
  if (radius < kMinRadius) canvas.doesNotFit(fmt::format("the pie's radius would be {:.1f}pt", radius));
  const Point centre{plot.x + radius, plot.y + plot.height / 2};
  const double inner = donut ? radius * kDonutHole : 0;
  double total = 0;
  for (const auto& v : values) total += v.value;
  LabelPlacer placer(plot);
  const std::vector<std::string> labels = sliceTexts(canvas, data);
  double angle = 0;
  for (size_t i = 0; i < values.size(); ++i) {
    const double sweep = 2 * M_PI * values[i].value / total;
    display::Path slice = sector(centre, radius, inner, angle, angle + sweep);
    slice.fill = display::Fill{canvas.color(i)};
    slice.stroke = display::Stroke{0.8, Color::white()};  // a white seam between slices
    if (sweep > 0) canvas.items.push_back(std::move(slice));
    labelSlice(canvas, placer, centre, donut ? (radius + inner) / 2 : radius * 0.62, angle, angle + sweep,
               labels[i]);
    angle += sweep;
  }
  if (donut) drawDonutTotal(canvas, data, centre, inner);
}

}  // namespace banmian::chart
