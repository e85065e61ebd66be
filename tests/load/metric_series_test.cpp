// Metrics as data: scalars, series over periods (a map, or a list beside periods), metric files, and the
// located errors of each bad one; a line chart drawn from one series metric.
#include <gtest/gtest.h>

#include "base/diagnostics.h"
#include "load/document_loader.h"
#include "resolve/chart_binder.h"
#include "temp_files.h"

namespace banmian::load {
namespace {

using testing::TempDir;

std::string dataWith(const std::string& metrics) { return "fields: {title: 标题}\nmetrics:\n" + metrics; }

TEST(MetricSeries, AMapOfPeriodsOrAListBesidePeriods) {
  const TempDir dir;
  const model::Document d = loadDocument(dir.write("data.yaml", dataWith(
      "  - {id: cpi, name: 居民消费价格涨幅, unit: \"%\", decimals: 1, values: {2026-07: 0.5, 2026-08: -0.2, 2026-09: 0.6}}\n"
      "  - {id: ppi, name: 工业生产者出厂价格涨幅, unit: \"%\", periods: [7月, 8月], values: [-1.2, -0.9], source: 青岚县统计局}\n"
      "  - {id: gdp, name: 地区生产总值, unit: 亿元, value: 186.42, period: 2026Q3, previous: 120.3}\n")));
  ASSERT_EQ(d.metrics.size(), 3u);
  EXPECT_EQ(d.metrics[0].periods, (std::vector<std::string>{"2026-07", "2026-08", "2026-09"}));
  EXPECT_EQ(d.metrics[0].values, (std::vector<double>{0.5, -0.2, 0.6}));
  EXPECT_DOUBLE_EQ(d.metrics[0].value, 0.6);  // a series' value is its last
  EXPECT_EQ(d.metrics[0].period, "2026-09");
  EXPECT_EQ(d.metrics[1].source, "青岚县统计局");
  EXPECT_DOUBLE_EQ(*d.metrics[2].previous, 120.3);
}

TEST(MetricSeries, MetricsMayLiveInAFileOfTheirOwn) {
  const TempDir dir;
  dir.write("metrics.yaml", "- {id: gdp, name: 地区生产总值, unit: 亿元, value: 1.5, period: Q3}\n");
  const model::Document d = loadDocument(dir.write("data.yaml", "fields: {title: 标题}\nmetrics: metrics.yaml\n"));
  ASSERT_EQ(d.metrics.size(), 1u);
  EXPECT_EQ(d.metrics[0].where.file, (dir.path() / "metrics.yaml").string());
  EXPECT_EQ(d.metrics[0].where.line, 1);
}

struct BadMetric {
  const char* name;
  const char* metrics;
  const char* expected;  // after "<file>:"
};

class BadMetrics : public ::testing::TestWithParam<BadMetric> {};

TEST_P(BadMetrics, AreLocatedErrors) {
  const TempDir dir;
  const std::string path = dir.write("data.yaml", dataWith(GetParam().metrics));
  try {
    loadDocument(path);
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), path + ":" + GetParam().expected);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Metrics, BadMetrics,
    ::testing::Values(
        BadMetric{"SeriesWithAMissingPeriod", "  - {id: a, name: 甲, unit: \"%\", periods: [7月, 8月], values: [1, 2, 3]}\n",
                  "3:60: error: series 'a' has 3 values for 2 periods: give one value per period"},
        BadMetric{"PeriodTwice", "  - {id: a, name: 甲, unit: \"%\", values: {7月: 1, 7月: 2}}\n",
                  "3:49: error: duplicate key '7月' in values (first at line 3)"},
        BadMetric{"ValueAndValues", "  - {id: a, name: 甲, unit: \"%\", value: 1, period: Q3, values: {7月: 1}}\n",
                  "3:63: error: a metric has 'value' (a scalar) or 'values' (a series), not both"},
        BadMetric{"NoValueAtAll", "  - {id: a, name: 甲, unit: \"%\", period: Q3}\n",
                  "3:5: error: missing required key 'value' in metric"},
        BadMetric{"ListWithoutPeriods", "  - {id: a, name: 甲, unit: \"%\", values: [1, 2]}\n",
                  "3:5: error: missing required key 'periods' in metric"},
        BadMetric{"TextInASeries", "  - {id: a, name: 甲, unit: \"%\", values: {7月: 高}}\n",
                  "3:46: error: '7月' must be a number, not '高'"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(MetricSeries, ALineChartDrawsTheSeriesPeriods) {
  const TempDir dir;
  const model::Document d = loadDocument(dir.write("data.yaml", dataWith(
      "  - {id: cpi, name: 居民消费价格涨幅, unit: \"%\", decimals: 1, values: {7月: 0.5, 8月: -0.2, 9月: 0.6}}\n")));
  model::ChartSpec spec;
  spec.mark = model::ChartMark::Line;
  spec.series.push_back({"", {{"cpi", "", "", {"layout.yaml", 5, 7}, {}}}, {}});
  const resolve::ChartData data = resolve::bindChart(spec, resolve::MetricTable(d.metrics));
  EXPECT_EQ(data.categories, (std::vector<std::string>{"7月", "8月", "9月"}));
  ASSERT_EQ(data.series.size(), 1u);
  ASSERT_EQ(data.series[0].values.size(), 3u);
  EXPECT_DOUBLE_EQ(data.series[0].values[1].value, -0.2);
  EXPECT_EQ(data.series[0].name, "居民消费价格涨幅");
}

model::ChartSpec lineOf(const std::vector<std::string>& ids) {
  model::ChartSpec spec;
  spec.mark = model::ChartMark::Line;
  spec.series.push_back({"", {}, {}});
  for (size_t i = 0; i < ids.size(); ++i)
    spec.series[0].data.push_back({ids[i], "", "", {"layout.yaml", 5, 7 + 10 * static_cast<int>(i)}, {}});
  return spec;
}

const char* kTwoSeries =
    "  - {id: cpi, name: 居民消费价格涨幅, unit: \"%\", decimals: 1, values: {7月: 0.5, 8月: -0.2, 9月: 0.6}}\n"
    "  - {id: ppi, name: 工业生产者出厂价格涨幅, unit: \"%\", decimals: 1, values: {7月: -1.2, 8月: -1.0, 9月: -0.9}}\n"
    "  - {id: ppi.short, name: 工业生产者出厂价格涨幅, unit: \"%\", decimals: 1, values: {7月: -1.2, 9月: -0.9}}\n"
    "  - {id: gdp, name: 地区生产总值, unit: \"%\", value: 5.6, period: Q3}\n";

TEST(MetricSeries, ALineOfSeveralSeriesDrawsEachOverTheSharedPeriods) {
  const TempDir dir;
  const model::Document d = loadDocument(dir.write("data.yaml", dataWith(kTwoSeries)));
  const model::ChartSpec spec = lineOf({"cpi", "ppi"});
  const resolve::ChartData data = resolve::bindChart(spec, resolve::MetricTable(d.metrics));
  EXPECT_EQ(data.categories, (std::vector<std::string>{"7月", "8月", "9月"}));
  ASSERT_EQ(data.series.size(), 2u);
  EXPECT_EQ(data.series[1].name, "工业生产者出厂价格涨幅");
  EXPECT_DOUBLE_EQ(data.series[1].values[1].value, -1.0);
}

TEST(MetricSeries, SeriesOfOneChartShareTheirPeriodsAndAreNotMixedWithScalars) {
  const TempDir dir;
  const model::Document d = loadDocument(dir.write("data.yaml", dataWith(kTwoSeries)));
  const resolve::MetricTable metrics(d.metrics);
  const model::ChartSpec missing = lineOf({"cpi", "ppi.short"}), mixed = lineOf({"cpi", "gdp"});
  try {
    resolve::bindChart(missing, metrics);
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), "layout.yaml:5:17: error: series 'ppi.short' and 'cpi' differ at period '8月': the "
                                     "series of one chart give the same periods in the same order");
  }
  try {
    resolve::bindChart(mixed, metrics);
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), "layout.yaml:5:17: error: metric 'gdp' is a single value, but 'cpi' is a series "
                                     "over periods: a chart draws series or single values, not both");
  }
}

}  // namespace
}  // namespace banmian::load
