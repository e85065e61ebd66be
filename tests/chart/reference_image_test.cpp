// Each kind of chart rendered to PNG by the Cairo backend and compared with a reference image in
// tests/chart/reference/. Tolerance: at most 1 % of the pixels may differ by more than 48/255 in some
// channel. That absorbs anti-aliasing and hinting differences between FreeType and Cairo versions (which
// move glyph edges by a pixel), while a moved bar, a lost label or a wrong colour changes far more.
// Regenerate the references after an intended change with:
//   BANMIAN_UPDATE_CHART_REFERENCES=1 ctest -R ChartReference
#include <gtest/gtest.h>

#include <cairo.h>

#include <cstdlib>
#include <filesystem>
#include <memory>

#include "chart_fixture.h"
#include "export/cairo_backend.h"

namespace banmian::chart {
namespace {

using model::ChartMark;
using namespace testing;

constexpr double kDpi = 96;
constexpr double kMaxDifferingShare = 0.01;
constexpr int kChannelTolerance = 48;

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

// The share of pixels that differ by more than the channel tolerance; 1 when the sizes differ.
double differingShare(cairo_surface_t* a, cairo_surface_t* b) {
  const int w = cairo_image_surface_get_width(a), h = cairo_image_surface_get_height(a);
  if (w != cairo_image_surface_get_width(b) || h != cairo_image_surface_get_height(b)) return 1;
  const unsigned char* pa = cairo_image_surface_get_data(a);
  const unsigned char* pb = cairo_image_surface_get_data(b);
  const int sa = cairo_image_surface_get_stride(a), sb = cairo_image_surface_get_stride(b);
  long differing = 0;
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x)
      for (int c = 0; c < 4; ++c)
        if (std::abs(pa[y * sa + 4 * x + c] - pb[y * sb + 4 * x + c]) > kChannelTolerance) {
          ++differing;
          break;
        }
  return static_cast<double>(differing) / (static_cast<double>(w) * h);
}

class ChartReference : public ::testing::TestWithParam<Case> {};

TEST_P(ChartReference, MatchesTheReferenceImage) {
  const Case& c = GetParam();
  const DrawnChart chart = draw(c.spec, c.metrics, c.frame);
  display::Document doc;
  doc.fonts = chart.fonts;
  doc.pages.push_back({c.frame.width, c.frame.height, chart.items});
  const std::string rendered = (std::filesystem::temp_directory_path() / ("banmian-chart-" + c.name + ".png")).string();
  exporter::writePng(doc, 0, kDpi, rendered);
  const std::string reference = std::string(BANMIAN_SOURCE_DIR) + "/tests/chart/reference/" + c.name + ".png";
  if (std::getenv("BANMIAN_UPDATE_CHART_REFERENCES")) {
    std::filesystem::copy_file(rendered, reference, std::filesystem::copy_options::overwrite_existing);
    GTEST_SKIP() << "updated " << reference;
  }
  ASSERT_TRUE(std::filesystem::exists(reference)) << reference << " is missing; see the comment at the top";
  Surface want = loadPng(reference), got = loadPng(rendered);
  ASSERT_EQ(cairo_surface_status(want.s.get()), CAIRO_STATUS_SUCCESS);
  ASSERT_EQ(cairo_surface_status(got.s.get()), CAIRO_STATUS_SUCCESS);
  EXPECT_LE(differingShare(want.s.get(), got.s.get()), kMaxDifferingShare) << "compare " << rendered << " with "
                                                                           << reference;
}

INSTANTIATE_TEST_SUITE_P(Kinds, ChartReference, ::testing::ValuesIn(cases()),
                         [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace banmian::chart
