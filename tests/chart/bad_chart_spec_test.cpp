// Bad chart specs end in located errors: at load (the spec's shape) or at resolve (the metrics it names).
#include <gtest/gtest.h>

#include "chart_fixture.h"

#include "base/diagnostics.h"
#include "load/layout_loader.h"
#include "resolve/chart_binder.h"
#include "temp_files.h"

namespace banmian::chart {
namespace {

using load::testing::replaceOnce;
using load::testing::TempDir;

const std::string kLayout = R"(page:
  size: [200mm, 300mm]
  margins: {top: 10mm, bottom: 10mm, left: 10mm, right: 10mm}
grid: {columns: 4, gutter: 8pt, row: 13pt}
fonts:
  hei: ["Noto Sans CJK SC"]
paragraph-styles:
  body: {font: hei, size: 9pt, leading: 13pt}
theme:
  palette: ["#b0272d"]
  fonts: {title: hei, label: hei, number: hei}
frames:
  - {name: body, kind: flow, columns: [1, 4], rows: [10, 40]}
  - name: growth
    kind: chart
    columns: [1, 2]
    rows: [0, 10]
    chart:
      mark: bar
      title: 增速
      data:
        - {metric: gdp.growth, label: 地区生产总值}
        - industry.growth
character-styles:
  strong: {font: hei, weight: 700}
  superscript: {scale: 0.6, rise: 0.35}
markdown: {paragraph: body, h3: body, h4: body, strong: strong, sup: superscript}
)";

std::vector<model::Metric> metrics() {
  return {chart::testing::scalarMetric("gdp.growth", "地区生产总值增速", 0.5, "%", "2020H1", 1, {"data.yaml", 3, 5}),
          chart::testing::scalarMetric("industry.growth", "工业增速", 1.4, "%", "2020H1", 1, {"data.yaml", 4, 5}),
          chart::testing::scalarMetric("revenue", "收入", 19.34, "亿元", "2020H1", 2, {"data.yaml", 5, 5}),
          chart::testing::scalarMetric("loss", "亏损", -2, "亿元", "2020H1", 0, {"data.yaml", 6, 5})};
}

// The error of loading the layout with one edit and binding its chart, after "<file>:".
std::string errorOf(const std::string& from, const std::string& to) {
  TempDir dir;
  const std::string path = dir.write("layout.yaml", replaceOnce(kLayout, from, to));
  try {
    const model::Layout layout = load::loadLayout(path);
    const auto all = metrics();
    resolve::bindChart(layout.masters.at(0).frames.at(1).chart, resolve::MetricTable(all));
  } catch (const InputError& e) {
    const std::string text = e.diagnostic().str();
    return text.substr(text.find(':') + 1);
  }
  return "no error";
}

TEST(BadChartSpec, ValidSpecBinds) { EXPECT_EQ(errorOf("mark: bar", "mark: bar"), "no error"); }

TEST(BadChartSpec, UnknownMetricSuggestsTheNearest) {
  EXPECT_EQ(errorOf("{metric: gdp.growth,", "{metric: gdp.grwth,"),
            "22:20: error: unknown metric 'gdp.grwth'; did you mean 'gdp.growth'?");
}

TEST(BadChartSpec, UnknownMark) {
  EXPECT_EQ(errorOf("mark: bar", "mark: bars"),
            "19:13: error: 'mark' must be one of bar, column, line, pie, donut, ring, kpi, table, not 'bars'; "
            "did you mean 'bar'?");
}

TEST(BadChartSpec, EmptyData) {
  EXPECT_EQ(errorOf("      data:\n        - {metric: gdp.growth, label: 地区生产总值}\n        - industry.growth\n",
                    "      data: []\n"),
            "21:13: error: 'data' lists no data: a chart needs at least one metric");
}

TEST(BadChartSpec, SeriesLengthsMustMatchTheCategories) {
  EXPECT_EQ(errorOf("      data:\n        - {metric: gdp.growth, label: 地区生产总值}\n        - industry.growth\n",
                    "      categories: [甲, 乙]\n      series:\n        - {name: A, data: [gdp.growth]}\n"),
            "23:27: error: series 'A' has 1 values but the chart has 2 categories");
}

TEST(BadChartSpec, NegativeSliceInAPie) {
  EXPECT_EQ(errorOf("mark: bar\n      title: 增速\n      data:\n        - {metric: gdp.growth, label: 地区生产总值}\n"
                    "        - industry.growth\n",
                    "mark: pie\n      title: 增速\n      data:\n        - revenue\n        - loss\n"),
            "23:11: error: a pie cannot show a negative slice: metric 'loss' is -2亿元");
}

TEST(BadChartSpec, ShareAboveAHundredPercent) {
  TempDir dir;
  const std::string path = dir.write("layout.yaml", replaceOnce(kLayout, "mark: bar", "mark: ring"));
  const model::Layout layout = load::loadLayout(path);
  auto all = metrics();
  all[0].value = 101;
  try {
    resolve::bindChart(layout.masters.at(0).frames.at(1).chart, resolve::MetricTable(all));
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where().line, 22);
    EXPECT_EQ(e.message(), "a share must lie between 0 and 100 %: metric 'gdp.growth' is 101.0%");
  }
}

TEST(BadChartSpec, UnitsMustAgreeOnOneAxis) {
  EXPECT_EQ(errorOf("        - industry.growth\n", "        - revenue\n"),
            "23:11: error: metric 'revenue' is 19.34亿元, but the chart's first value is in '%': values on one "
            "scale must share a unit");
}

TEST(BadChartSpec, UnknownNumberFormat) {
  EXPECT_EQ(errorOf("      title: 增速\n", "      title: 增速\n      format: percent\n"),
            "21:15: error: unknown number format 'percent' (use unit, sep, sign, wan, yi, auto, trend, pp, abs, ratio, or .N "
            "for N decimals)");
}

TEST(BadChartSpec, ChartNeedsATheme) {
  EXPECT_EQ(errorOf("theme:\n  palette: [\"#b0272d\"]\n  fonts: {title: hei, label: hei, number: hei}\n", ""),
            "11:5: error: chart frame 'growth' needs the layout's 'theme:' (palette and font roles)");
}

TEST(BadChartSpec, UnknownFontRoleInTheme) {
  EXPECT_EQ(errorOf("{title: hei,", "{title: hie,"), "11:18: error: unknown font role 'hie'; did you mean 'hei'?");
}

}  // namespace
}  // namespace banmian::chart
