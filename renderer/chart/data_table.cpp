// A data table (指标 | 数值 | 增减) for the figures no chart suits: names left, numbers right-aligned on
// their column so that digits line up, a rule under the head and hairlines between rows.
#include <algorithm>

#include <fmt/format.h>

#include "base/number_format.h"
#include "chart/chart_canvas.h"
#include "chart/shapes.h"

namespace banmian::chart {
namespace {

constexpr double kColumnGap = 8;  // pt
constexpr double kRowFactor = 1.9;  // row height / label size

struct TableRow {
  SetLabel name, value, change;
  bool has_change = false;
};

std::vector<TableRow> setRows(ChartCanvas& canvas, const resolve::ChartData& data) {
  const TextStyle label = canvas.text.style(TextRole::Label), number = canvas.text.style(TextRole::Number);
  NumberFormat format;
  std::string error;
  if (auto f = NumberFormat::parse(data.spec->format, error)) format = *f;
  format.unit = true;  // a table cell carries its own unit
  std::vector<TableRow> rows;
  for (const auto& v : data.series.front().values) {
    TableRow row{canvas.text.set(v.label, label),
                 canvas.text.set(formatQuantity(v.value, v.unit, v.decimals, format), number), {}, v.change.has_value()};
    if (v.change) row.change = canvas.text.set(formatNumber(*v.change, v.change_decimals, false, true) + v.change_unit,
                                               number);
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

void drawDataTable(ChartCanvas& canvas, const resolve::ChartData& data, const Rect& plot) {
  std::vector<TableRow> rows = setRows(canvas, data);
  TextStyle head_style = canvas.text.style(TextRole::Label);
  head_style.weight = 700;
  const bool changes = std::any_of(rows.begin(), rows.end(), [](const TableRow& r) { return r.has_change; });
  TableRow head{canvas.text.set("指标", head_style), canvas.text.set("数值", head_style),
                canvas.text.set("增减", head_style), changes};
  double value_width = head.value.width, change_width = changes ? head.change.width : 0, name_width = 0;
  for (const auto& r : rows) {
    value_width = std::max(value_width, r.value.width);
    if (r.has_change) change_width = std::max(change_width, r.change.width);
    name_width = std::max(name_width, r.name.width);
  }
  const double change_right = plot.right(), value_right = change_right - (changes ? change_width + kColumnGap : 0);
  if (plot.x + name_width + kColumnGap > value_right - value_width)
    canvas.doesNotFit(fmt::format("its columns need {:.1f}pt", name_width + value_width + change_width + 2 * kColumnGap));
  const double row = head_style.size * kRowFactor;
  if (row * (rows.size() + 1) > plot.height + 0.01)
    canvas.doesNotFit(fmt::format("{} rows need {:.1f}pt", rows.size() + 1, row * (rows.size() + 1)));
  rows.insert(rows.begin(), std::move(head));
  for (size_t i = 0; i < rows.size(); ++i) {
    const double top = plot.y + i * row, baseline = top + (row + head_style.size) / 2 - 0.12 * head_style.size;
    canvas.paint(rows[i].name, plot.x, baseline);
    canvas.paint(rows[i].value, value_right - rows[i].value.width, baseline);
    if (rows[i].has_change) canvas.paint(rows[i].change, change_right - rows[i].change.width, baseline);
    const bool under_head = i == 0;
    canvas.items.push_back(strokedLine({plot.x, top + row}, {plot.right(), top + row}, under_head ? 0.6 : 0.3,
                                       under_head ? canvas.theme.ink : canvas.theme.grid));
  }
}

}  // namespace banmian::chart
