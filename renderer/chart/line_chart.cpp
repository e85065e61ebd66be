// Lines: one or more series over shared categories, a marker at every value, value labels placed above,
// below or beside their marker where they cover nothing else.
#include <algorithm>

#include <fmt/format.h>

#include "base/number_format.h"
#include "chart/chart_canvas.h"
#include "chart/label_placer.h"
#include "chart/nice_scale.h"
#include "chart/shapes.h"

namespace banmian::chart {
namespace {

constexpr double kGap = 3;        // pt
constexpr double kMarker = 2.2;   // pt, marker radius

struct Axes {
  Rect area;              // where the lines go
  NiceScale scale;
  double band = 0;        // per category
  double y(double v) const { return area.bottom() - scale.fraction(v) * area.height; }
  double x(size_t c) const { return area.x + (c + 0.5) * band; }
};

NiceScale lineScale(const resolve::ChartData& data, double length, double min_spacing) {
  double low = 0, high = 0;
  for (const auto& s : data.series)
    for (const auto& v : s.values) low = std::min(low, v.value), high = std::max(high, v.value);
  for (int ticks = 6; ticks >= 1; --ticks) {
    NiceScale scale = niceScale(low, high, ticks);
    if (length * scale.step / (scale.max - scale.min) >= min_spacing) return scale;
  }
  return niceScale(low, high, 1);
}

// Tick labels on the left, category names under the points; returns the axes the lines are drawn on.
Axes drawAxes(ChartCanvas& canvas, const resolve::ChartData& data, const Rect& plot, LabelPlacer& placer) {
  TextStyle label = canvas.text.style(TextRole::Label), number = canvas.text.style(TextRole::Number);
  number.color = canvas.theme.muted;
  // Room above the top tick for a value label over the highest point.
  const double top = number.size + kGap, bottom = label.size + kGap;
  Axes axes;
  axes.scale = lineScale(data, plot.height - top - bottom, number.size * 1.8);
  std::vector<SetLabel> ticks;
  double tick_width = 0;
  for (const std::string& t : canvas.tickTexts(axes.scale, data)) {
    ticks.push_back(canvas.text.set(t, number));
    tick_width = std::max(tick_width, ticks.back().width);
  }
  axes.area = {plot.x + tick_width + kGap, plot.y + top, plot.width - tick_width - kGap, plot.height - top - bottom};
  if (axes.area.height < 20 || axes.area.width < 20) canvas.doesNotFit("no room is left for the lines");
  axes.band = axes.area.width / data.categories.size();
  const std::vector<double> values = axes.scale.ticks();
  for (size_t i = 0; i < values.size(); ++i) {
    const double baseline = axes.y(values[i]) + 0.38 * number.size;
    canvas.paint(ticks[i], axes.area.x - kGap - ticks[i].width, baseline);
    placer.block(ticks[i].box(axes.area.x - kGap - ticks[i].width, baseline));
    const Point a{axes.area.x, axes.y(values[i])}, b{axes.area.right(), axes.y(values[i])};
    canvas.items.push_back(strokedLine(a, b, values[i] == 0 ? 0.6 : 0.3,
                                       values[i] == 0 ? canvas.theme.ink : canvas.theme.grid));
  }
  for (size_t c = 0; c < data.categories.size(); ++c) {
    SetLabel name = canvas.text.set(data.categories[c], label);
    if (name.width > axes.band) canvas.doesNotFit(fmt::format("category '{}' is wider than its place", data.categories[c]));
    const double x = axes.x(c) - name.width / 2, baseline = plot.bottom() - name.descent();
    canvas.paint(name, x, baseline);
    placer.block(name.box(x, baseline));
  }
  return axes;
}

void drawSeries(ChartCanvas& canvas, const resolve::ChartSeriesData& series, const Axes& axes, Color color) {
  display::Path line;
  for (size_t c = 0; c < series.values.size(); ++c) {
    const Point p{axes.x(c), axes.y(series.values[c].value)};
    line.ops.push_back({c == 0 ? display::PathOp::Kind::MoveTo : display::PathOp::Kind::LineTo, {p}});
  }
  line.stroke = display::Stroke{1.4, color, display::Stroke::Cap::Round, display::Stroke::Join::Round};
  canvas.items.push_back(std::move(line));
  for (size_t c = 0; c < series.values.size(); ++c) {
    display::Path marker = circle({axes.x(c), axes.y(series.values[c].value)}, kMarker);
    marker.fill = display::Fill{color};
    marker.stroke = display::Stroke{0.6, Color::white()};
    canvas.items.push_back(std::move(marker));
  }
}

bool isDip(const resolve::ChartSeriesData& series, size_t c) {
  const auto& v = series.values;
  const bool below_left = c == 0 || v[c].value < v[c - 1].value;
  const bool below_right = c + 1 == v.size() || v[c].value < v[c + 1].value;
  return below_left && below_right && v.size() > 1;
}

// Above the marker, below it, right of it, left of it: the first that is free.
void drawValueLabels(ChartCanvas& canvas, const resolve::ChartData& data, const Axes& axes, LabelPlacer& placer) {
  const TextStyle number = canvas.text.style(TextRole::Number);
  for (const auto& series : data.series)
    for (size_t c = 0; c < series.values.size(); ++c) {
      const SetLabel label = canvas.text.set(canvas.valueText(series.values[c], data.spec->format), number);
      const double x = axes.x(c), y = axes.y(series.values[c].value), w = label.width, h = label.size;
      std::vector<Rect> candidates = {{x - w / 2, y - kMarker - 1 - h, w, h},
                                      {x - w / 2, y + kMarker + 1, w, h},
                                      {x + kMarker + 2, y - h / 2, w, h},
                                      {x - kMarker - 2 - w, y - h / 2, w, h}};
      // In a dip the line leaves upwards on both sides: the label reads better under the point.
      if (isDip(series, c)) std::swap(candidates[0], candidates[1]);
      if (auto chosen = placer.place(candidates))
        canvas.paint(label, candidates[*chosen].x, candidates[*chosen].y + label.ascent());
    }
}

}  // namespace

void drawLineChart(ChartCanvas& canvas, const resolve::ChartData& data, const Rect& plot) {
  const Rect area = drawSeriesHeader(canvas, data, plot);
  LabelPlacer placer(area);
  const Axes axes = drawAxes(canvas, data, area, placer);
  for (size_t s = 0; s < data.series.size(); ++s) drawSeries(canvas, data.series[s], axes, canvas.color(s));
  // Every marker is blocked before any label is placed, so no label covers a later series' point.
  for (const auto& series : data.series)
    for (size_t c = 0; c < series.values.size(); ++c) {
      const double x = axes.x(c), y = axes.y(series.values[c].value);
      placer.block({x - kMarker, y - kMarker, 2 * kMarker, 2 * kMarker});
    }
  drawValueLabels(canvas, data, axes, placer);
}

}  // namespace banmian::chart
