// KPI tiles: per metric a tile with its name, the figure large with its unit small beside it, and the
// change (a growth rate) with an arrow: ▲ up in the accent colour, ▼ down in the second colour.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "base/number_format.h"
#include "chart/chart_canvas.h"
#include "chart/shapes.h"

namespace banmian::chart {
namespace {

constexpr double kGap = 6;  // pt between tiles
constexpr double kInset = 4;  // pt inside a tile

// "19.34亿元" -> {"19.34", "亿元"}: the figure and what follows it.
std::pair<std::string, std::string> splitFigure(const std::string& text) {
  size_t end = 0;
  while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == '.' ||
                               text[end] == ',' || text[end] == '-' || text[end] == '+'))
    ++end;
  return {text.substr(0, end), text.substr(end)};
}

// The figure and unit, the figure shrunk (to 60 % at most) until the pair fits `width`.
SetLabel figureLabel(ChartCanvas& canvas, const resolve::ChartValue& value, const std::string& format, double width) {
  NumberFormat parsed;
  std::string error;
  if (auto f = NumberFormat::parse(format, error)) parsed = *f;
  parsed.unit = true;
  const auto [number, unit] = splitFigure(formatQuantity(value.value, value.unit, value.decimals, parsed));
  TextStyle big = canvas.text.style(TextRole::BigNumber), small = canvas.text.style(TextRole::Label);
  big.color = canvas.color(0);
  const double smallest = big.size * 0.6;
  for (;;) {
    SetLabel label = canvas.text.set({{number, big}, {unit, small}});
    if (label.width <= width) return label;
    if (big.size * 0.9 < smallest)
      canvas.doesNotFit(fmt::format("{}{} needs {:.1f}pt, a tile has {:.1f}pt", number, unit, label.width, width));
    big.size *= 0.9;
  }
}

void drawChange(ChartCanvas& canvas, const resolve::ChartValue& value, double x, double baseline) {
  const bool up = *value.change >= 0;
  const TextStyle style = canvas.text.style(TextRole::Label);
  const double arrow = style.size * 0.8;
  canvas.items.push_back(arrowHead({x, baseline - style.size * 0.76}, arrow, up, canvas.color(up ? 0 : 1)));
  const SetLabel text =
      canvas.text.set(formatNumber(*value.change, value.change_decimals, false, true) + value.change_unit, style);
  canvas.paint(text, x + arrow + style.size * 0.2, baseline);
}

void drawTile(ChartCanvas& canvas, const resolve::ChartValue& value, const std::string& format, const Rect& tile) {
  const TextStyle style = canvas.text.style(TextRole::Label);
  canvas.items.push_back(strokedLine({tile.x, tile.y}, {tile.right(), tile.y}, 1.2, canvas.color(0)));
  const SetLabel name = canvas.text.set(value.label, style);
  const double width = tile.width - 2 * kInset;
  if (name.width > width) canvas.doesNotFit(fmt::format("'{}' is wider than its tile", value.label));
  const SetLabel figure = figureLabel(canvas, value, format, width);
  const double need = kInset + name.size + kInset + figure.size + (value.change ? kInset + style.size : 0);
  if (need > tile.height) canvas.doesNotFit(fmt::format("a tile needs {:.1f}pt of height, it has {:.1f}pt", need,
                                                        tile.height));
  const double name_baseline = tile.y + kInset + name.ascent();
  canvas.paint(name, tile.x + kInset, name_baseline);
  const double rest = tile.height - (kInset + name.size) - (value.change ? kInset + style.size : 0);
  const double figure_baseline = tile.y + kInset + name.size + (rest - figure.size) / 2 + figure.ascent();
  canvas.paint(figure, tile.x + kInset, figure_baseline);
  if (value.change) drawChange(canvas, value, tile.x + kInset, tile.bottom() - kInset / 2 - style.size * 0.12);
}

}  // namespace

void drawKpiTiles(ChartCanvas& canvas, const resolve::ChartData& data, const Rect& plot) {
  const auto& values = data.series.front().values;
  const int count = static_cast<int>(values.size());
  const int columns = data.spec->tile_columns > 0 ? std::min(data.spec->tile_columns, count) : count;
  const int rows = (count + columns - 1) / columns;
  const double width = (plot.width - (columns - 1) * kGap) / columns;
  const double height = (plot.height - (rows - 1) * kGap) / rows;
  for (int i = 0; i < count; ++i) {
    const Rect tile{plot.x + (i % columns) * (width + kGap), plot.y + (i / columns) * (height + kGap), width, height};
    drawTile(canvas, values[i], data.spec->format, tile);
  }
}

}  // namespace banmian::chart
