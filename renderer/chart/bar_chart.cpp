// Bars (horizontal, mark `bar`) and columns (vertical, mark `column`): one or more series, grouped side by
// side or stacked, negative values to the other side of a zero line, value labels that avoid each other.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "base/number_format.h"
#include "chart/chart_canvas.h"
#include "chart/label_placer.h"
#include "chart/nice_scale.h"
#include "chart/shapes.h"

namespace banmian::chart {
namespace {

constexpr double kGap = 3;            // pt between a label and what it labels
constexpr double kBarShare = 0.62;    // of each category's band the bars take
constexpr double kMinBar = 3;         // pt: thinner bars do not read

class BarChart {
 public:
  BarChart(ChartCanvas& canvas, const resolve::ChartData& data, const Rect& plot)
      : canvas_(canvas), data_(data), plot_(plot), horizontal_(data.spec->mark == model::ChartMark::Bar),
        stacked_(data.spec->stacked && data.series.size() > 1), placer_(plot),
        label_style_(canvas.text.style(TextRole::Label)), number_style_(canvas.text.style(TextRole::Number)) {}

  void draw();

 private:
  size_t categories() const { return data_.categories.size(); }
  size_t seriesCount() const { return data_.series.size(); }
  double value(size_t s, size_t c) const { return data_.series[s].values[c].value; }
  void drawHeader();
  void setValueLabels();
  std::pair<double, double> extent() const;
  void layoutHorizontal();
  void layoutVertical();
  void chooseScale(double axis_length, double min_spacing, bool by_label_width);
  std::vector<SetLabel> tickLabels(const NiceScale& scale);
  void drawGrid();
  void drawBars();
  void drawValueLabels();
  double position(double v) const { return axis_start_ + scale_.fraction(v) * (axis_end_ - axis_start_); }
  double bandStart(size_t c) const { return (horizontal_ ? area_.y : area_.x) + c * band_; }
  Rect barRect(double band_from, double thickness, double v0, double v1) const;
  std::vector<Rect> labelCandidates(const Rect& bar, const SetLabel& label, bool negative, bool inside_only) const;

  ChartCanvas& canvas_;
  const resolve::ChartData& data_;
  Rect plot_;
  bool horizontal_, stacked_;
  LabelPlacer placer_;
  TextStyle label_style_, number_style_;
  std::vector<std::vector<SetLabel>> value_labels_;  // [series][category]
  std::vector<SetLabel> total_labels_;               // stacked: one per category
  Rect area_;               // where the bars go
  double band_ = 0;         // category band thickness
  double axis_start_ = 0, axis_end_ = 0;  // value-axis coordinates of scale min and max
  NiceScale scale_;
  std::vector<std::pair<Rect, size_t>> bars_;  // each bar and its series, [series][category] in order
};

void BarChart::draw() {
  drawHeader();
  setValueLabels();
  horizontal_ ? layoutHorizontal() : layoutVertical();
  drawGrid();
  drawBars();
  drawValueLabels();
}

void BarChart::drawHeader() {
  plot_ = drawSeriesHeader(canvas_, data_, plot_);
  placer_ = LabelPlacer(plot_);
}

void BarChart::setValueLabels() {
  const std::string& format = data_.spec->format;
  for (const auto& series : data_.series) {
    std::vector<SetLabel> row;
    for (const auto& v : series.values) row.push_back(canvas_.text.set(canvas_.valueText(v, format), number_style_));
    value_labels_.push_back(std::move(row));
  }
  if (!stacked_) return;
  for (size_t c = 0; c < categories(); ++c) {
    resolve::ChartValue total = data_.series.front().values[c];
    total.value = 0;
    for (size_t s = 0; s < seriesCount(); ++s) total.value += value(s, c);
    total_labels_.push_back(canvas_.text.set(canvas_.valueText(total, format), number_style_));
  }
}

// The lowest and highest ends of any bar; stacks add up their positive and negative parts apart.
std::pair<double, double> BarChart::extent() const {
  double low = 0, high = 0;
  for (size_t c = 0; c < categories(); ++c) {
    double up = 0, down = 0;
    for (size_t s = 0; s < seriesCount(); ++s) {
      const double v = value(s, c);
      if (stacked_) (v >= 0 ? up : down) += v;
      else low = std::min(low, v), high = std::max(high, v);
    }
    low = std::min(low, down);
    high = std::max(high, up);
  }
  return {low, high};
}

std::vector<SetLabel> BarChart::tickLabels(const NiceScale& scale) {
  std::vector<SetLabel> out;
  TextStyle muted = number_style_;
  muted.color = canvas_.theme.muted;
  for (const std::string& tick : canvas_.tickTexts(scale, data_)) out.push_back(canvas_.text.set(tick, muted));
  return out;
}

// The most ticks (up to six) whose labels keep `min_spacing` apart (plus their width when they stand side
// by side along a horizontal axis).
void BarChart::chooseScale(double axis_length, double min_spacing, bool by_label_width) {
  const auto [low, high] = extent();
  for (int ticks = 6; ticks >= 1; --ticks) {
    scale_ = niceScale(low, high, ticks);
    double widest = 0;
    if (by_label_width)
      for (const auto& label : tickLabels(scale_)) widest = std::max(widest, label.width);
    const double spacing = axis_length * scale_.step / (scale_.max - scale_.min);
    if (spacing >= widest + min_spacing) return;
  }
  canvas_.doesNotFit(fmt::format("the value axis has {:.1f}pt, too short for two tick labels", axis_length));
}

Rect BarChart::barRect(double band_from, double thickness, double v0, double v1) const {
  const double a = position(v0), b = position(v1);
  if (horizontal_) return {std::min(a, b), band_from, std::fabs(b - a), thickness};
  return {band_from, std::min(a, b), thickness, std::fabs(b - a)};
}


// Category names on the left, tick labels under the bars; room kept at the bar ends for value labels.
void BarChart::layoutHorizontal() {
  std::vector<SetLabel> names;
  double name_width = 0;
  for (const auto& name : data_.categories) {
    names.push_back(canvas_.text.set(name, label_style_));
    name_width = std::max(name_width, names.back().width);
  }
  if (name_width > plot_.width / 2) canvas_.doesNotFit("the category names take more than half its width");
  const double tick_row = number_style_.size + kGap;
  area_ = {plot_.x + name_width + kGap, plot_.y, plot_.width - name_width - kGap, plot_.height - tick_row};
  band_ = area_.height / categories();
  double left = 0, right = 0;
  for (size_t s = 0; s < value_labels_.size(); ++s)
    for (size_t c = 0; c < categories(); ++c) {
      const double need = (stacked_ ? total_labels_[c].width : value_labels_[s][c].width) + kGap;
      (value(s, c) < 0 ? left : right) = std::max(value(s, c) < 0 ? left : right, need);
    }
  axis_start_ = area_.x + left;
  axis_end_ = area_.right() - right;
  if (axis_end_ - axis_start_ < 24) canvas_.doesNotFit("no room is left for the bars beside their labels");
  chooseScale(axis_end_ - axis_start_, 6, true);
  const std::vector<double> ticks = scale_.ticks();
  const std::vector<SetLabel> tick_labels = tickLabels(scale_);
  for (size_t i = 0; i < ticks.size(); ++i) {
    const SetLabel& label = tick_labels[i];
    const double x = std::clamp(position(ticks[i]) - label.width / 2, area_.x, plot_.right() - label.width);
    const double baseline = area_.bottom() + kGap + label.ascent();
    canvas_.paint(label, x, baseline);
    placer_.block(label.box(x, baseline));
  }
  for (size_t c = 0; c < categories(); ++c) {
    const double baseline = bandStart(c) + band_ / 2 + 0.38 * names[c].size;
    canvas_.paint(names[c], area_.x - kGap - names[c].width, baseline);
    placer_.block(names[c].box(area_.x - kGap - names[c].width, baseline));
  }
}

// Tick labels on the left, category names (up to two lines) under the columns.
void BarChart::layoutVertical() {
  const double line = label_style_.size * 1.15, min_spacing = number_style_.size * 1.8;
  chooseScale(plot_.height - 2 * line, min_spacing, false);
  double tick_width = 0;
  for (const auto& label : tickLabels(scale_)) tick_width = std::max(tick_width, label.width);
  area_ = {plot_.x + tick_width + kGap, plot_.y, plot_.width - tick_width - kGap, 0};
  band_ = area_.width / categories();
  std::vector<std::vector<SetLabel>> names;
  size_t lines = 1;
  for (const auto& name : data_.categories) {
    names.push_back(canvas_.text.wrap(name, label_style_, band_ - 2));
    lines = std::max(lines, names.back().size());
  }
  if (lines > 2) canvas_.doesNotFit("a category name needs more than two lines under its column");
  area_.height = plot_.height - lines * line - kGap;
  const auto [low, high] = extent();
  axis_start_ = area_.bottom() - (low < 0 ? number_style_.size + kGap : 0);
  axis_end_ = area_.y + (high > 0 ? number_style_.size + kGap : 0);
  chooseScale(axis_start_ - axis_end_, min_spacing, false);
  const std::vector<double> ticks = scale_.ticks();
  const std::vector<SetLabel> tick_labels = tickLabels(scale_);
  for (size_t i = 0; i < ticks.size(); ++i) {
    const SetLabel& label = tick_labels[i];
    const double baseline = std::clamp(position(ticks[i]) + 0.38 * label.size, plot_.y + label.ascent(),
                                       area_.bottom() - label.descent());
    canvas_.paint(label, area_.x - kGap - label.width, baseline);
    placer_.block(label.box(area_.x - kGap - label.width, baseline));
  }
  for (size_t c = 0; c < categories(); ++c)
    for (size_t i = 0; i < names[c].size(); ++i) {
      const SetLabel& label = names[c][i];
      const double x = bandStart(c) + (band_ - label.width) / 2;
      const double baseline = area_.bottom() + kGap + label.ascent() + i * line;
      canvas_.paint(label, x, baseline);
      placer_.block(label.box(x, baseline));
    }
}

void BarChart::drawGrid() {
  for (double tick : scale_.ticks()) {
    if (tick == 0) continue;
    const double p = position(tick);
    const Point a = horizontal_ ? Point{p, area_.y} : Point{area_.x, p};
    const Point b = horizontal_ ? Point{p, area_.bottom()} : Point{area_.right(), p};
    canvas_.items.push_back(strokedLine(a, b, 0.3, canvas_.theme.grid));
  }
}

void BarChart::drawBars() {
  const double thickness = band_ * kBarShare / (stacked_ ? 1 : seriesCount());
  if (thickness < kMinBar) canvas_.doesNotFit(fmt::format("its bars would be {:.1f}pt thick", thickness));
  for (size_t s = 0; s < seriesCount(); ++s)
    for (size_t c = 0; c < categories(); ++c) {
      const double from = bandStart(c) + band_ * (1 - kBarShare) / 2;
      double base = 0;  // stacks: the sum of the earlier series on the same side of zero
      for (size_t e = 0; stacked_ && e < s; ++e)
        if ((value(e, c) < 0) == (value(s, c) < 0)) base += value(e, c);
      const Rect bar = stacked_ ? barRect(from, thickness, base, base + value(s, c))
                                : barRect(from + s * thickness, thickness, 0, value(s, c));
      canvas_.items.push_back(filledRect(bar, canvas_.color(s)));
      placer_.block(bar);
      bars_.push_back({bar, s});
    }
  const double zero = position(0);
  const Point a = horizontal_ ? Point{zero, area_.y} : Point{area_.x, zero};
  const Point b = horizontal_ ? Point{zero, area_.bottom()} : Point{area_.right(), zero};
  canvas_.items.push_back(strokedLine(a, b, 0.6, canvas_.theme.ink));
}

// [outside the bar's end, inside it]; a stacked segment's label goes in its middle.
std::vector<Rect> BarChart::labelCandidates(const Rect& bar, const SetLabel& label, bool negative,
                                            bool inside_only) const {
  const double w = label.width, h = label.size;
  if (horizontal_) {
    const double top = bar.y + bar.height / 2 - 0.5 * h;
    if (inside_only) return {{bar.x + (bar.width - w) / 2, top, w, h}};
    return {{negative ? bar.x - kGap - w : bar.right() + kGap, top, w, h},
            {negative ? bar.x + kGap : bar.right() - kGap - w, top, w, h}};
  }
  const double left = bar.x + (bar.width - w) / 2;
  if (inside_only) return {{left, bar.y + (bar.height - h) / 2, w, h}};
  return {{left, negative ? bar.bottom() + kGap : bar.y - kGap - h, w, h},
          {left, negative ? bar.bottom() - kGap - h : bar.y + kGap, w, h}};
}

bool contains(const Rect& outer, const Rect& inner) {
  return inner.left() >= outer.left() - 0.01 && inner.right() <= outer.right() + 0.01 &&
         inner.top() >= outer.top() - 0.01 && inner.bottom() <= outer.bottom() + 0.01;
}

// Outside the bar when free, else inside it in white when it fits there; a label that fits nowhere is left
// out rather than drawn over another.
void BarChart::drawValueLabels() {
  TextStyle white = number_style_;
  white.color = Color::white();
  for (size_t k = 0; k < bars_.size(); ++k) {
    const auto& [bar, s] = bars_[k];
    const size_t c = k % categories();
    const SetLabel& label = value_labels_[s][c];
    const std::vector<Rect> boxes = labelCandidates(bar, label, value(s, c) < 0, stacked_);
    const Rect& box = boxes.front();
    if (!stacked_ && placer_.place({box})) {
      canvas_.paint(label, box.x, box.y + label.ascent());
      continue;
    }
    const Rect& inside = boxes.back();
    if (!contains(bar, inside)) continue;
    placer_.block(inside);
    canvas_.paint(canvas_.text.set(label.line.text(), white), inside.x, inside.y + label.ascent());
  }
  for (size_t c = 0; c < total_labels_.size(); ++c) {
    Rect stack = bars_[c].first;  // the union of the category's segments
    for (size_t s = 1; s < seriesCount(); ++s) {
      const Rect& r = bars_[s * categories() + c].first;
      const double x0 = std::min(stack.x, r.x), y0 = std::min(stack.y, r.y);
      stack = {x0, y0, std::max(stack.right(), r.right()) - x0, std::max(stack.bottom(), r.bottom()) - y0};
    }
    double total = 0;
    for (size_t s = 0; s < seriesCount(); ++s) total += value(s, c);
    const Rect box = labelCandidates(stack, total_labels_[c], total < 0, false).front();
    if (placer_.place({box})) canvas_.paint(total_labels_[c], box.x, box.y + total_labels_[c].ascent());
  }
}

}  // namespace

void drawBarChart(ChartCanvas& canvas, const resolve::ChartData& data, const Rect& plot) {
  BarChart(canvas, data, plot).draw();
}

}  // namespace banmian::chart
