// Each kind of chart rendered to PNG by the Cairo backend and compared with a reference image in
// tests/chart/reference/: the last guard, behind the display-list tests (chart_text_test.cpp and the
// others), which check every label's text and every mark's geometry exactly.
//
// Comparison: a pixel differs when some channel lies more than kChannelTolerance outside the range of
// that channel over the 3 x 3 pixels round it in the other image, both ways round. Anti-aliasing and
// hinting differences between FreeType and Cairo versions move edges by up to a pixel and spread a
// hairline's ink over one pixel or two; the neighbourhood range absorbs that, and leaves a lost glyph, a
// moved bar or a wrong colour visible.
// How the tolerances were set (two of the tests below measure them again on every run and print them):
//   - noise: every chart drawn again shifted by half a pixel in x, in y and in both (every edge's
//     coverage changes by up to half, more than a FreeType or Cairo upgrade does) against its unshifted
//     drawing. At a channel tolerance of 48 up to 0.48 % of pixels differ (the 0.6 pt zero lines of the
//     column charts: 0.8 px of ink in one pixel or two halves); at 80 up to 0.18 %; at 112 none (not one
//     pixel, in every chart). Measured on Debian 12, cairo 1.16, FreeType 2.12, at 96 dpi.
//   - signal: the same chart with every glyph run short of its last character (the negative control)
//     differs, at 112, in 0.41 % (bar) to 1.49 % (table) of pixels. The smallest real bugs measured: a
//     bar chart without its last value label 0.053-0.089 %, a donut total of 3.9 for 7.0 0.056 %, a KPI
//     change of +231.0% for +2.0% 0.099 %, a legend without its last series 0.28 %.
//   kChannelTolerance is 112 and kMaxDifferingShare 0.02 % (10 pixels of a 290 x 170 px chart): well
//   above the noise, under every bug above. HalfPixelShiftsStayWithinTheTolerance and
//   TruncatedLabelsFailTheComparison fail when that no longer holds.
// Regenerate the references after an intended change (and only after the display-list tests pass) with:
//   BANMIAN_UPDATE_CHART_REFERENCES=1 build/tests/chart/chart_tests --gtest_filter='*ChartReference*'
#include <gtest/gtest.h>

#include <cairo.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <stdexcept>

#include "chart_fixture.h"
#include "export/cairo_backend.h"

namespace banmian::chart {
namespace {

using model::ChartMark;
using namespace testing;

constexpr double kDpi = 96;
constexpr double kMaxDifferingShare = 0.0002;
constexpr int kChannelTolerance = 112;
constexpr double kHalfPixel = 0.5 * 72 / kDpi;  // pt

struct Case {
  std::string name;
  model::ChartSpec spec;
  std::vector<model::Metric> metrics;
  Rect frame;
};

std::vector<model::Metric> quarterly() {
  return {metric("a1", 3.2), metric("a2", -1.5), metric("a3", 4.8), metric("b1", 2.0), metric("b2", 1.1),
          metric("b3", 3.9)};
}

std::vector<Case> cases() {
  auto stacked = seriesSpec(ChartMark::Bar, {"一季度", "二季度", "三季度"}, {{"b1", "b2", "b3"}, {"b3", "b1", "b2"}});
  stacked.stacked = true;
  auto kpi = spec(ChartMark::Kpi, {"revenue", "entities"}, "关键数据");
  kpi.series[0].data[0].change = "b1";
  kpi.format = "sep";
  auto table = spec(ChartMark::Table, {"revenue", "entities"}, "园区");
  table.series[0].data[0].change = "b1";
  std::vector<model::Metric> all = quarterly();
  all.push_back(metric("revenue", 231, "亿元", 0));
  all.push_back(metric("entities", 55491, "户", 0));
  all.push_back(metric("air", 99, "%", 0));
  all.push_back(metric("share", 85, "%", 0));
  return {
      {"bar", spec(ChartMark::Bar, {"a1", "a3", "b1", "b3"}, "增速"), all, {0, 0, 220, 130}},
      {"column", spec(ChartMark::Column, {"a1", "a2", "a3"}, "季度增速"), all, {0, 0, 180, 140}},
      {"grouped", seriesSpec(ChartMark::Column, {"一季度", "二季度", "三季度"}, {{"a1", "a2", "a3"}, {"b1", "b2", "b3"}}),
       all, {0, 0, 220, 140}},
      {"stacked", stacked, all, {0, 0, 220, 120}},
      {"line", seriesSpec(ChartMark::Line, {"一季度", "二季度", "三季度"}, {{"a1", "a2", "a3"}, {"b1", "b2", "b3"}}), all,
       {0, 0, 220, 140}},
      {"pie", spec(ChartMark::Pie, {"b1", "b2", "b3"}, "构成"), all, {0, 0, 220, 120}},
      {"donut", spec(ChartMark::Donut, {"b1", "b2", "b3"}, "构成"), all, {0, 0, 220, 120}},
      {"ring", spec(ChartMark::Ring, {"air", "share"}, "占比"), all, {0, 0, 200, 110}},
      {"kpi", kpi, all, {0, 0, 240, 80}},
      {"table", table, all, {0, 0, 200, 70}},
  };
}

struct Surface {
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> s{nullptr, cairo_surface_destroy};
};

Surface loadPng(const std::string& path) {
  Surface out;
  out.s.reset(cairo_image_surface_create_from_png(path.c_str()));
  return out;
}

// Draws `items` with the Cairo backend into `name`.png in the temporary folder; returns the path.
std::string renderPng(const DrawnChart& chart, const std::vector<display::Item>& items, const std::string& name) {
  display::Document doc;
  doc.fonts = chart.fonts;
  doc.pages.push_back({chart.frame.width, chart.frame.height, items});
  const std::string path = (std::filesystem::temp_directory_path() / ("banmian-chart-" + name + ".png")).string();
  exporter::writePng(doc, 0, kDpi, path);
  return path;
}

struct Pixels {
  const unsigned char* data;
  int width, height, stride;
  const unsigned char* at(int x, int y) const { return data + y * stride + 4 * x; }
};

Pixels pixels(cairo_surface_t* s) {
  cairo_surface_flush(s);
  return {cairo_image_surface_get_data(s), cairo_image_surface_get_width(s), cairo_image_surface_get_height(s),
          cairo_image_surface_get_stride(s)};
}

// Whether every channel of `a`'s pixel (x, y) lies, within the tolerance, between the lowest and highest
// value of that channel in the 3 x 3 pixels round (x, y) in `b`. An edge moved by up to a pixel, or
// anti-aliased to another grey, stays within that range; a glyph or bar that is gone does not.
bool matches(const Pixels& a, const Pixels& b, int x, int y) {
  const unsigned char* p = a.at(x, y);
  for (int c = 0; c < 4; ++c) {
    int low = 255, high = 0;
    for (int by = std::max(0, y - 1); by <= std::min(b.height - 1, y + 1); ++by)
      for (int bx = std::max(0, x - 1); bx <= std::min(b.width - 1, x + 1); ++bx)
        low = std::min<int>(low, b.at(bx, by)[c]), high = std::max<int>(high, b.at(bx, by)[c]);
    if (p[c] < low - kChannelTolerance || p[c] > high + kChannelTolerance) return false;
  }
  return true;
}

// Pixels of `a` that `b` does not match.
long unmatched(const Pixels& a, const Pixels& b) {
  long count = 0;
  for (int y = 0; y < a.height; ++y)
    for (int x = 0; x < a.width; ++x) count += !matches(a, b, x, y);
  return count;
}

// The share of pixels that differ (see the top of the file); 1 when the sizes differ.
double differingShare(cairo_surface_t* a, cairo_surface_t* b) {
  const Pixels pa = pixels(a), pb = pixels(b);
  if (pa.width != pb.width || pa.height != pb.height) return 1;
  return static_cast<double>(std::max(unmatched(pa, pb), unmatched(pb, pa))) / (static_cast<double>(pa.width) * pa.height);
}

double differingShare(const std::string& a, const std::string& b) {
  Surface sa = loadPng(a), sb = loadPng(b);
  if (cairo_surface_status(sa.s.get()) != CAIRO_STATUS_SUCCESS) throw std::runtime_error("cannot read " + a);
  if (cairo_surface_status(sb.s.get()) != CAIRO_STATUS_SUCCESS) throw std::runtime_error("cannot read " + b);
  return differingShare(sa.s.get(), sb.s.get());
}

std::vector<display::Item> shifted(std::vector<display::Item> items, double dx, double dy) {
  for (auto& item : items) {
    if (auto* run = std::get_if<display::GlyphRun>(&item)) run->origin = {run->origin.x + dx, run->origin.y + dy};
    if (auto* path = std::get_if<display::Path>(&item))
      for (auto& op : path->ops)
        for (auto& p : op.p) p = {p.x + dx, p.y + dy};
  }
  return items;
}

// Every glyph run loses its last character (runs of one character stay whole).
std::vector<display::Item> truncatedLabels(std::vector<display::Item> items) {
  for (auto& item : items) {
    auto* run = std::get_if<display::GlyphRun>(&item);
    if (!run || run->clusters.size() < 2) continue;
    const display::Cluster last = run->clusters.back();
    run->clusters.pop_back();
    run->text.resize(run->text.size() - last.bytes);
    run->glyphs.resize(run->glyphs.size() - last.glyphs);
  }
  return items;
}

class ChartReference : public ::testing::TestWithParam<Case> {};

TEST_P(ChartReference, MatchesTheReferenceImage) {
  const Case& c = GetParam();
  const DrawnChart chart = draw(c.spec, c.metrics, c.frame);
  const std::string rendered = renderPng(chart, chart.items, c.name);
  const std::string reference = std::string(BANMIAN_SOURCE_DIR) + "/tests/chart/reference/" + c.name + ".png";
  if (std::getenv("BANMIAN_UPDATE_CHART_REFERENCES")) {
    std::filesystem::copy_file(rendered, reference, std::filesystem::copy_options::overwrite_existing);
    std::printf("updated %s\n", reference.c_str());
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(reference)) << reference << " is missing; see the comment at the top";
  const double share = differingShare(reference, rendered);
  std::printf("%s: differs from its reference in %.4f %% of pixels\n", c.name.c_str(), 100 * share);
  EXPECT_LE(share, kMaxDifferingShare) << "compare " << rendered << " with " << reference;
}

// The noise the tolerance must absorb, measured: half-pixel shifts in x, y and both.
TEST_P(ChartReference, HalfPixelShiftsStayWithinTheTolerance) {
  const Case& c = GetParam();
  const DrawnChart chart = draw(c.spec, c.metrics, c.frame);
  const std::string plain = renderPng(chart, chart.items, c.name + "-plain");
  double worst = 0;
  int i = 0;
  for (const auto& [dx, dy] : {std::pair{kHalfPixel, 0.0}, {0.0, kHalfPixel}, {kHalfPixel, kHalfPixel}})
    worst = std::max(worst, differingShare(plain, renderPng(chart, shifted(chart.items, dx, dy),
                                                            c.name + "-shift" + std::to_string(i++))));
  std::printf("%s: half-pixel shifts differ in %.4f %% of pixels\n", c.name.c_str(), 100 * worst);
  EXPECT_LE(worst, kMaxDifferingShare);
}

// The negative control: a chart whose every label lost its last glyph must fail the comparison.
TEST_P(ChartReference, TruncatedLabelsFailTheComparison) {
  const Case& c = GetParam();
  const DrawnChart chart = draw(c.spec, c.metrics, c.frame);
  const double share = differingShare(renderPng(chart, chart.items, c.name + "-whole"),
                                      renderPng(chart, truncatedLabels(chart.items), c.name + "-truncated"));
  std::printf("%s: labels truncated by one glyph differ in %.4f %% of pixels\n", c.name.c_str(), 100 * share);
  EXPECT_GT(share, kMaxDifferingShare);
}

INSTANTIATE_TEST_SUITE_P(Kinds, ChartReference, ::testing::ValuesIn(cases()),
                         [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace banmian::chart
