// Share rings (a gauge for a percentage such as 空气优良率 99%): a light track round the whole circle,
// the share drawn over it clockwise from twelve o'clock, the figure in the middle and the name below.
// Several shares stand side by side.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "base/number_format.h"
#include "chart/chart_canvas.h"
#include "chart/shapes.h"

namespace banmian::chart {
namespace {

constexpr double kThickness = 0.13;  // of the ring's outer diameter
constexpr double kMinDiameter = 28;  // pt
constexpr double kGap = 4;           // pt between the ring and its name

// "99" large and "%" small on one baseline, shrunk until it fits `width`.
SetLabel centreFigure(ChartCanvas& canvas, const resolve::ChartValue& value, const std::string& format,
                      double width) {
  TextStyle big = canvas.text.style(TextRole::BigNumber), unit = canvas.text.style(TextRole::Label);
  std::string number = canvas.valueText(value, format);
  if (number.ends_with("%")) number.pop_back();  // the unit is set apart, smaller
  big.size = std::min(big.size, width * 0.5);
  for (;;) {
    SetLabel figure = canvas.text.set({{number, big}, {"%", unit}});
    if (figure.width <= width || big.size <= unit.size) return figure;
    big.size *= 0.9;
  }
}

void drawRing(ChartCanvas& canvas, const resolve::ChartValue& value, const std::string& format, Point centre,
              double diameter, Color color) {
  const double thickness = diameter * kThickness, radius = (diameter - thickness) / 2;
  display::Path track = circle(centre, radius);
  track.stroke = display::Stroke{thickness, canvas.theme.track};
  canvas.items.push_back(std::move(track));
  const double sweep = 2 * M_PI * std::clamp(value.value, 0.0, 100.0) / 100;
  if (sweep > 0) {
    display::Path share = arc(centre, radius, 0, sweep);
    share.stroke = display::Stroke{thickness, color, display::Stroke::Cap::Butt};
    canvas.items.push_back(std::move(share));
  }
  const double inner = diameter - 2 * thickness;
  const SetLabel figure = centreFigure(canvas, value, format, inner * 0.8);
  if (figure.width > inner * 0.8 + 0.01) canvas.doesNotFit(fmt::format("'{}' is wider than its ring", value.label));
  canvas.paint(figure, centre.x - figure.width / 2, centre.y + figure.ascent() * 0.4);
}

}  // namespace

void drawShareRings(ChartCanvas& canvas, const resolve::ChartData& data, const Rect& plot) {
  const auto& values = data.series.front().values;
  const TextStyle style = canvas.text.style(TextRole::Label);
  const double cell = plot.width / values.size();
  const double diameter = std::min(cell - 2 * kGap, plot.height - style.size - kGap);
  if (diameter < kMinDiameter) canvas.doesNotFit(fmt::format("its rings would be {:.1f}pt across", diameter));
  const double top = plot.y + (plot.height - diameter - kGap - style.size) / 2;
  for (size_t i = 0; i < values.size(); ++i) {
    const Point centre{plot.x + (i + 0.5) * cell, top + diameter / 2};
    drawRing(canvas, values[i], data.spec->format, centre, diameter, canvas.color(i));
    const SetLabel name = canvas.text.set(values[i].label, style);
    if (name.width > cell) canvas.doesNotFit(fmt::format("'{}' is wider than its ring's place", values[i].label));
    canvas.paint(name, centre.x - name.width / 2, top + diameter + kGap + name.ascent());
  }
}

}  // namespace banmian::chart
