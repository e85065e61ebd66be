#include "chart_fixture.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "chart/chart.h"
#include "resolve/chart_binder.h"

namespace banmian::chart::testing {

model::ChartTheme theme() {
  model::ChartTheme t;
  t.palette = {Color::rgb(0.69, 0.15, 0.18), Color::rgb(0.18, 0.36, 0.49), Color::rgb(0.79, 0.55, 0.17)};
  t.title_font = t.label_font = t.number_font = "hei";
  t.title_size = 10;
  t.padding = 4;
  return t;
}

model::Metric scalarMetric(const std::string& id, const std::string& name, double value, const std::string& unit,
                           const std::string& period, int decimals, const SourceLocation& where) {
  model::Metric m;
  m.id = id;
  m.name = name;
  m.value = value;
  m.unit = unit;
  m.period = period;
  m.decimals = decimals;
  m.where = where;
  return m;
}

model::Metric metric(const std::string& id, double value, const std::string& unit, int decimals) {
  return scalarMetric(id, "指标" + id, value, unit, "2020H1", decimals, {"data.yaml", 1, 1});
}

model::ChartSpec spec(model::ChartMark mark, const std::vector<std::string>& ids, const std::string& title) {
  model::ChartSpec s;
  s.mark = mark;
  s.title = title;
  s.where = {"layout.yaml", 5, 7};
  model::ChartSeries series;
  int line = 10;
  for (const auto& id : ids) series.data.push_back({id, "", "", {"layout.yaml", line++, 9}, {}});
  s.series.push_back(series);
  return s;
}

model::ChartSpec seriesSpec(model::ChartMark mark, const std::vector<std::string>& categories,
                            const std::vector<std::vector<std::string>>& ids) {
  model::ChartSpec s = spec(mark, ids.front());
  s.series.clear();
  s.categories = categories;
  for (size_t i = 0; i < ids.size(); ++i) {
    model::ChartSeries series;
    series.name = "系列" + std::to_string(i + 1);
    for (const auto& id : ids[i]) series.data.push_back({id, "", "", {"layout.yaml", 20, 9}, {}});
    s.series.push_back(series);
  }
  return s;
}

DrawnChart draw(const model::ChartSpec& spec, const std::vector<model::Metric>& metrics, Rect frame) {
  static const model::ChartTheme kTheme = theme();
  static const std::map<std::string, std::string> kFamilies = {{"hei", "Noto Sans CJK SC"}};
  const resolve::MetricTable table(metrics);
  const resolve::ChartData data = resolve::bindChart(spec, table);
  typeset::Typesetter typesetter;
  DrawnChart out;
  out.items = drawChart({data, kTheme, kFamilies, frame, "test", {"layout.yaml", 3, 5}}, typesetter);
  out.fonts = typesetter.fonts();
  out.frame = frame;
  return out;
}

std::vector<const display::GlyphRun*> glyphRuns(const std::vector<display::Item>& items) {
  std::vector<const display::GlyphRun*> out;
  for (const auto& item : items)
    if (auto run = std::get_if<display::GlyphRun>(&item)) out.push_back(run);
  return out;
}

Rect runBox(const display::GlyphRun& run) {
  const bool wide_last = !run.text.empty() && (static_cast<unsigned char>(run.text.back()) & 0x80);
  const double first = run.glyphs.empty() ? 0 : run.glyphs.front().x;
  const double last = run.glyphs.empty() ? 0 : run.glyphs.back().x + (wide_last ? 1.0 : 0.55) * run.size;
  return {run.origin.x + first, run.origin.y - 0.88 * run.size, last - first, run.size};
}

Rect pathBox(const display::Path& path) {
  double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
  for (const auto& op : path.ops) {
    const int points = op.kind == display::PathOp::Kind::CurveTo ? 3 : op.kind == display::PathOp::Kind::Close ? 0 : 1;
    for (int i = 0; i < points; ++i) {
      x0 = std::min(x0, op.p[i].x), x1 = std::max(x1, op.p[i].x);
      y0 = std::min(y0, op.p[i].y), y1 = std::max(y1, op.p[i].y);
    }
  }
  return {x0, y0, x1 - x0, y1 - y0};
}

std::vector<Rect> filledBoxes(const std::vector<display::Item>& items, const Color& color) {
  std::vector<Rect> out;
  for (const auto& item : items)
    if (auto path = std::get_if<display::Path>(&item); path && path->fill && path->fill->color == color)
      out.push_back(pathBox(*path));
  return out;
}

std::vector<const display::Path*> strokedPaths(const std::vector<display::Item>& items, const Color& color) {
  std::vector<const display::Path*> out;
  for (const auto& item : items)
    if (auto path = std::get_if<display::Path>(&item); path && path->stroke && path->stroke->color == color)
      out.push_back(path);
  return out;
}

bool inside(const Rect& inner, const Rect& outer, double tolerance) {
  return inner.left() >= outer.left() - tolerance && inner.right() <= outer.right() + tolerance &&
         inner.top() >= outer.top() - tolerance && inner.bottom() <= outer.bottom() + tolerance;
}

bool overlap(const Rect& a, const Rect& b, double tolerance) {
  const double dx = std::min(a.right(), b.right()) - std::max(a.left(), b.left());
  const double dy = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
  return dx > tolerance && dy > tolerance;
}

std::vector<std::pair<std::string, Rect>> labels(const std::vector<display::Item>& items) {
  std::vector<std::pair<std::string, Rect>> out;
  for (const auto* run : glyphRuns(items)) {
    const Rect box = runBox(*run);
    if (!out.empty()) {
      auto& [text, last] = out.back();
      const bool same_label = std::fabs(last.bottom() - box.bottom()) < 3 && box.left() - last.right() < 1.5 &&
                              box.left() >= last.left();
      if (same_label) {
        text += run->text;
        last = {last.x, std::min(last.y, box.y), box.right() - last.x, std::max(last.bottom(), box.bottom()) -
                                                                            std::min(last.y, box.y)};
        continue;
      }
    }
    out.emplace_back(run->text, box);
  }
  return out;
}

}  // namespace banmian::chart::testing
