#pragma once
// What each kind of chart draws with: the theme, the text setter, the item list, and how to say that the
// chart does not fit its frame.
#include <map>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "chart/chart_text.h"
#include "chart/nice_scale.h"
#include "display/display_list.h"
#include "resolve/chart_data.h"

namespace banmian::chart {

struct ChartCanvas {
  ChartText& text;
  const model::ChartTheme& theme;
  std::vector<display::Item>& items;
  std::string name;
  SourceLocation where;
  // The largest magnitude the chart shows in each unit: `auto` scales every number of one unit alike (KPI
  // tiles and tables mix units).
  std::map<std::string, double> largest;

  Color color(size_t index) const { return theme.palette[index % theme.palette.size()]; }
  // "chart 'growth' does not fit its frame: <why>".
  [[noreturn]] void doesNotFit(const std::string& why) const;
  // A value as the chart's labels write it: the spec's number format, else the metric's decimals.
  std::string valueText(const resolve::ChartValue& value, const std::string& format) const;
  // The value axis's tick labels in the chart's number format (separators, scale), without unit or sign,
  // with the decimals the step needs.
  std::vector<std::string> tickTexts(const NiceScale& scale, const resolve::ChartData& data) const;
  void paint(const SetLabel& label, double x, double baseline) { ChartText::paint(label, x, baseline, items); }
};

// One drawing function per kind; each fills `plot`, the frame less its title and note.
void drawBarChart(ChartCanvas& canvas, const resolve::ChartData& data, const Rect& plot);  // bar and column
void drawLineChart(ChartCanvas& canvas, const resolve::ChartData& data, const Rect& plot);
void drawPieChart(ChartCanvas& canvas, const resolve::ChartData& data, const Rect& plot);  // pie and donut
void drawShareRings(ChartCanvas& canvas, const resolve::ChartData& data, const Rect& plot);
void drawKpiTiles(ChartCanvas& canvas, const resolve::ChartData& data, const Rect& plot);
void drawDataTable(ChartCanvas& canvas, const resolve::ChartData& data, const Rect& plot);

// The row above a bar, column or line plot: the legend (several series) on the left, the axis title on
// the right. Returns the plot less that row (the plot itself when there is neither).
Rect drawSeriesHeader(ChartCanvas& canvas, const resolve::ChartData& data, const Rect& plot);

// A legend of swatches and series names in one row from `x` along `baseline`; returns its width.
double drawLegend(ChartCanvas& canvas, const std::vector<std::string>& names, double x, double baseline,
                  double max_width);

}  // namespace banmian::chart
