// Tables of metrics (`tables:` of a data file): rows x columns of metric ids, or series whose periods are
// the rows, anchored in a story as ![说明](table:ID); a chart that takes its data from one; and the located
// errors of each bad table.
#include <gtest/gtest.h>

#include "base/diagnostics.h"
#include "load/document_loader.h"
#include "resolve/chart_binder.h"
#include "resolve/prose_binder.h"
#include "temp_files.h"

namespace banmian::load {
namespace {

using testing::TempDir;

// Lines 1-10 are fixed, so the tables start on line 11.
std::string dataWith(const std::string& tables, const std::string& charts = "") {
  return "fields: {title: 标题}\n"
         "stories: {body: {file: a.md}}\n"
         "metrics:\n"
         "  - {id: gdp, name: 地区生产总值, unit: 亿元, value: 186.42, period: Q3, decimals: 2}\n"
         "  - {id: gdp.primary, name: 第一产业增加值, unit: 亿元, value: 21.4, period: Q3, decimals: 1}\n"
         "  - {id: gdp.growth, name: 地区生产总值增速, unit: \"%\", value: -3.1, period: Q3, decimals: 1}\n"
         "  - {id: jobs, name: 城镇新增就业, unit: 人, value: 4380, period: Q3}\n"
         "  - {id: cpi, name: 居民消费价格涨幅, unit: \"%\", decimals: 1, values: {7月: 0.5, 8月: -0.2, 9月: 0.6}}\n"
         "  - {id: ppi, name: 工业生产者出厂价格涨幅, unit: \"%\", decimals: 1, values: {7月: -1.2, 9月: -0.9}}\n"
         "tables:\n" + tables + charts;
}

// Loads and binds the data, as the pipeline does before compose; returns the story's first table.
model::Table boundTable(const TempDir& dir, const std::string& data, const std::string& story = "![主要指标](table:t)\n") {
  dir.write("a.md", story);
  model::Document document = loadDocument(dir.write("data.yaml", data));
  resolve::bindProse(document);
  const model::Block& anchor = document.stories.at("body").blocks.at(0);
  EXPECT_EQ(anchor.figure, model::FigureKind::Table);
  return anchor.table.value_or(model::Table{});
}

TEST(MetricTables, RowsOfMetricsUnderColumnsThatNameTheirUnit) {
  const TempDir dir;
  const model::Table table = boundTable(dir, dataWith(
      "  t:\n    stub: 指标\n    columns: [总量, 增速]\n    rows:\n"
      "      - {label: 地区生产总值, metrics: [gdp, gdp.growth]}\n"
      "      - {label: 其中：第一产业, metrics: [gdp.primary, ~]}\n"
      "    notes: [资料来源：统计局]\n"));
  EXPECT_EQ(table.header, (std::vector<std::string>{"指标", "总量（亿元）", "增速（%）"}));
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[0], (std::vector<std::string>{"地区生产总值", "186.42", "-3.1"}));
  EXPECT_EQ(table.rows[1], (std::vector<std::string>{"其中：第一产业", "21.4", ""}));  // set as —
  EXPECT_EQ(table.align, (std::vector<model::Align>{model::Align::Start, model::Align::End, model::Align::End}));
  EXPECT_EQ(table.caption, "主要指标");
  EXPECT_EQ(table.notes, (std::vector<std::string>{"资料来源：统计局"}));
}

TEST(MetricTables, ASeriesGivesARowPerPeriod) {
  const TempDir dir;
  const model::Table table = boundTable(dir, dataWith("  t: {stub: 月份, series: [cpi], format: sign}\n"));
  EXPECT_EQ(table.header, (std::vector<std::string>{"月份", "居民消费价格涨幅（%）"}));
  ASSERT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(table.rows[1], (std::vector<std::string>{"8月", "-0.2"}));
  EXPECT_EQ(table.rows[2], (std::vector<std::string>{"9月", "+0.6"}));
}

TEST(MetricTables, AChartTakesItsDataFromATableColumn) {
  const TempDir dir;
  dir.write("a.md", "![主要指标](table:t)\n\n![图](chart:c)\n");
  const model::Document document = loadDocument(dir.write("data.yaml", dataWith(
      "  t:\n    columns: [总量, 增速]\n    rows:\n"
      "      - {label: 地区生产总值, metrics: [gdp, gdp.growth]}\n"
      "      - {label: 第一产业, metrics: [gdp.primary, gdp.growth]}\n",
      "charts:\n  c: {mark: column, table: t, table-column: 1, columns: 1, rows: 10}\n")));
  const resolve::ChartData data =
      resolve::bindChart(document.charts.at("c").spec, resolve::MetricTable(document.metrics));
  EXPECT_EQ(data.categories, (std::vector<std::string>{"地区生产总值", "第一产业"}));
  ASSERT_EQ(data.series.size(), 1u);
  EXPECT_DOUBLE_EQ(data.series[0].values[1].value, 21.4);
  EXPECT_EQ(data.unit, "亿元");
}

TEST(MetricTables, AChartOfATableOfSeriesDrawsItsPeriods) {
  const TempDir dir;
  dir.write("a.md", "![月度](table:t)\n\n![图](chart:c)\n");
  const model::Document document = loadDocument(dir.write("data.yaml", dataWith(
      "  t: {stub: 月份, series: [cpi], columns: [居民消费价格]}\n",
      "charts:\n  c: {mark: line, table: t, columns: 1, rows: 10}\n")));
  const resolve::ChartData data =
      resolve::bindChart(document.charts.at("c").spec, resolve::MetricTable(document.metrics));
  EXPECT_EQ(data.categories, (std::vector<std::string>{"7月", "8月", "9月"}));
  ASSERT_EQ(data.series.size(), 1u);
  EXPECT_EQ(data.series[0].name, "居民消费价格");  // the column's header
  EXPECT_DOUBLE_EQ(data.series[0].values[1].value, -0.2);
}

// Value columns of one unit say it once, over the table.
TEST(MetricTables, ColumnsOfOneUnitSayItOnce) {
  const TempDir dir;
  const model::Table table = boundTable(dir, dataWith(
      "  t:\n    columns: [增速, 同比]\n    rows:\n      - {label: 甲, metrics: [gdp.growth, gdp.growth]}\n"));
  EXPECT_EQ(table.unit, "单位：%");
  EXPECT_EQ(table.header, (std::vector<std::string>{"", "增速", "同比"}));
}

// Without notes of its own, a table names its metrics' sources, each once.
TEST(MetricTables, NotesDefaultToTheMetricsSources) {
  const TempDir dir;
  std::string data = dataWith("  t: {series: [cpi, cpi.urban]}\n");
  data = testing::replaceOnce(data, "values: {7月: 0.5, 8月: -0.2, 9月: 0.6}}",
                              "values: {7月: 0.5, 8月: -0.2, 9月: 0.6}, source: 县统计局}\n"
                              "  - {id: cpi.urban, name: 城镇, unit: \"%\", values: {7月: 1, 8月: 2, 9月: 3}, source: 县统计局}");
  const model::Table table = boundTable(dir, data);
  EXPECT_EQ(table.notes, (std::vector<std::string>{"资料来源：县统计局。"}));
}

struct BadTable {
  const char* name;
  const char* tables;
  const char* expected;  // after "<dir>/"
  const char* story = "![主要指标](table:t)\n";
  const char* charts = "";
};

class BadTables : public ::testing::TestWithParam<BadTable> {};

TEST_P(BadTables, AreLocatedErrors) {
  const TempDir dir;
  try {
    boundTable(dir, dataWith(GetParam().tables, GetParam().charts), GetParam().story);
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), (dir.path() / GetParam().expected).string());
  }
}

INSTANTIATE_TEST_SUITE_P(
    Tables, BadTables,
    ::testing::Values(
        BadTable{"RaggedRow", "  t:\n    columns: [总量, 增速]\n    rows:\n      - {label: 甲, metrics: [gdp]}\n",
                 "data.yaml:14:29: error: this table row has 1 cells, the table 2 columns: give every row as many"},
        BadTable{"UnitsDifferInOneColumn",
                 "  t:\n    columns: [总量]\n    rows:\n      - {label: 甲, metrics: [gdp]}\n"
                 "      - {label: 乙, metrics: [jobs]}\n",
                 "data.yaml:15:30: error: metric 'jobs' is in '人', but column 2 is in '亿元' (metric 'gdp', row 1): "
                 "the numbers of one column share one unit"},
        BadTable{"SeriesWithAMissingPeriod", "  t: {series: [cpi, ppi]}\n",
                 "data.yaml:11:21: error: series 'ppi' and 'cpi' (column 1) differ at period '8月': the series of one "
                 "table give the same periods in the same order"},
        BadTable{"AScalarAsASeries", "  t: {series: [gdp]}\n",
                 "data.yaml:11:16: error: metric 'gdp' is a single value: a table's 'series' are metrics with values "
                 "over periods"},
        BadTable{"UnknownMetric", "  t:\n    columns: [总量]\n    rows:\n      - {label: 甲, metrics: [gpd]}\n",
                 "data.yaml:14:30: error: unknown metric 'gpd'; did you mean 'gdp'?"},
        BadTable{"RowsAndSeries", "  t: {columns: [a], rows: [], series: [cpi]}\n",
                 "data.yaml:11:39: error: a table has 'rows' (of metrics) or 'series' (columns over periods), not both"},
        BadTable{"RowsWithoutColumns", "  t: {rows: [{label: 甲, metrics: [gdp]}]}\n",
                 "data.yaml:11:13: error: 'rows' needs 'columns': one header per metric of a row"},
        BadTable{"NoColumns", "  t: {columns: [], rows: [{label: 甲, metrics: []}]}\n",
                 "data.yaml:11:16: error: 'columns' lists no column"},
        BadTable{"FormatWithAUnit", "  t: {series: [cpi], format: unit}\n",
                 "data.yaml:11:30: error: a table's cells are numbers under a header that gives the unit: no 'unit', "
                 "'trend' or 'pp'"},
        BadTable{"UnknownTableInAStory", "  t: {series: [cpi]}\n",
                 "a.md:1:1: error: unknown table 's'; did you mean 't'?", "![主要指标](table:s)\n"},
        BadTable{"AChartOfAnUnknownTable", "  t: {series: [cpi]}\n",
                 "data.yaml:13:26: error: the data file has no table 'x' under 'tables:'", "![主要指标](table:t)\n",
                 "charts:\n  c: {mark: line, table: x, columns: 1, rows: 10}\n"},
        BadTable{"UnitsDifferInAStoryTableColumn", "  t: {series: [cpi]}\n",
                 "a.md:4:1: error: metric 'jobs' is in '人', but column 2 is in '亿元' (metric 'gdp', row 1): the "
                 "numbers of one column share one unit",
                 "| 指标 | 数值 |\n|---|---:|\n| 甲 | {{gdp}} |\n| 乙 | {{jobs}} |\n\n![主要指标](table:t)\n"}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace banmian::load
