// The key tables of charts and of the layout's chart theme.
#include "load/layout_keys.h"
#include "load/layout_words.h"

namespace banmian::load::keys {
namespace {

using namespace types;

ValueType datum() {
  return oneOf({described(text(), "a metric id of the data file's 'metrics'"), map(chartDatum())});
}

}  // namespace

const MapSpec& chart() {
  static const MapSpec spec{
      "chart",
      "A chart of the data file's metrics.",
      {
          required("mark", enumOf(wordsOf(words::kChartMark)), "What the chart draws."),
          optional("title", text(), "Title over the chart."),
          optional("data", list(datum()), "One series: metric ids, or {metric, label, change}."),
          optional("categories", list(text()), "Labels of several series' values (with 'series')."),
          optional("series", list(map(chartSeries())), "Several series over 'categories'."),
          optional("stacked", boolean(), "Stack the series (bar, column)."),
          optional("format", text(),
                   "Number format of the labels: comma-separated words unit, sep, sign, wan, yi, auto, .N, trend, pp, "
                   "abs, ratio."),
          optional("axis-title", text(), "Title of the value axis."),
          optional("tile-columns", integer(1, 12), "Tiles across (kpi)."),
          optional("note", text(), "A note under the chart (数据来源：…)."),
          optional("table", text(), "A table of the data file's 'tables:' whose value columns the chart draws."),
          optional("table-column", integer(1, 100), "With 'table': draw only this value column (from 1)."),
      }};
  return spec;
}

const MapSpec& chartDatum() {
  static const MapSpec spec{"chart-datum",
                            "One value of a chart.",
                            {required("metric", text(), "The metric's id."),
                                     optional("label", text(), "Label (default: the metric's name)."),
                                     optional("change", text(), "Id of a metric giving the change shown beside it.")}};
  return spec;
}

const MapSpec& chartSeries() {
  static const MapSpec spec{"chart-series",
                            "A series of a chart: one value per category.",
                            {optional("name", text(), "The series' name in the legend."),
                                     required("data", list(datum()), "Metric ids, one per category.")}};
  return spec;
}

const MapSpec& theme() {
  static const MapSpec spec{
      "theme",
      "Colours, fonts and sizes of charts.",
      {required("palette", list(color(), 1), "Series colours, in order."),
               optional("ink", color(), "Colour of text and axes."),
               optional("muted", color(), "Colour of notes and secondary labels."),
               optional("grid", color(), "Colour of grid lines."),
               optional("track", color(), "Colour of the unfilled track of a ring."),
               optional("background", color(), "Chart background."),
               required("fonts", map(themeFonts()), "Font roles of the chart's text."),
               optional("sizes", map(themeSizes()), "Font sizes of the chart's text."),
               optional("padding", length(), "Space inside the chart frame.")}};
  return spec;
}

const MapSpec& themeFonts() {
  static const MapSpec spec{"theme-fonts",
                            "Font roles of a chart's text.",
                            {required("title", text(), "Font role of titles."),
                                     required("label", text(), "Font role of labels."),
                                     required("number", text(), "Font role of numbers.")}};
  return spec;
}

const MapSpec& themeSizes() {
  static const MapSpec spec{"theme-sizes",
                            "Font sizes of a chart's text.",
                            {optional("title", length(), "Size of titles."),
                                     optional("label", length(), "Size of labels."),
                                     optional("number", length(), "Size of numbers."),
                                     optional("big-number", length(), "Size of a kpi tile's figure."),
                                     optional("note", length(), "Size of notes.")}};
  return spec;
}

const MapSpec& cmykColor() {
  static const MapSpec spec{
      "cmyk-color",
      "A CMYK colour, written as given in the print edition.",
      {required("cmyk", tuple(number(0, 1), 4), "[c, m, y, k], each from 0 to 1.")}};
  return spec;
}

}  // namespace banmian::load::keys
