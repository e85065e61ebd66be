// {{metric.id|format}} in prose becomes the metric's value; bad references are located errors.
#include <gtest/gtest.h>

#include "chart_fixture.h"

#include "base/diagnostics.h"
#include "resolve/prose_binder.h"

namespace banmian::resolve {
namespace {

const std::vector<model::Metric> kMetrics = {
    chart::testing::scalarMetric("gdp.growth", "地区生产总值增速", 0.5, "%", "2020H1", 1, {"data.yaml", 3, 5}),
    chart::testing::scalarMetric("market_entities.total", "市场主体总数", 55491, "户", "2020H1", 0, {"data.yaml", 4, 5})};

TEST(ProseBinding, ReplacesReferencesWithFormattedValues) {
  const MetricTable table(kMetrics);
  const SourceLocation at{"article.md", 7, 1};
  EXPECT_EQ(bindText("增长{{gdp.growth|unit}},", table, at), "增长0.5%,");
  EXPECT_EQ(bindText("增长{{gdp.growth}}%", table, at), "增长0.5%");
  EXPECT_EQ(bindText("总数达{{ market_entities.total | sep }}户", table, at), "总数达55,491户");
  EXPECT_EQ(bindText("约{{market_entities.total|wan,unit}}", table, at), "约5.55万户");
  EXPECT_EQ(bindText("no reference", table, at), "no reference");
}

TEST(ProseBinding, UnknownMetricIsLocatedAtTheReference) {
  const MetricTable table(kMetrics);
  try {
    bindText("增长{{gdp.grwth|unit}}", table, {"article.md", 7, 1});
    FAIL() << "no error";
  } catch (const InputError& e) {
    // 增长 is two characters (six bytes): the reference starts at column 3.
    EXPECT_EQ(e.diagnostic().str(), "article.md:7:3: error: unknown metric 'gdp.grwth'; did you mean 'gdp.growth'?");
  }
}

TEST(ProseBinding, BadFormatAndUnclosedBracesAreErrors) {
  const MetricTable table(kMetrics);
  EXPECT_THROW(bindText("{{gdp.growth|pct}}", table, {"a.md", 1, 1}), InputError);
  EXPECT_THROW(bindText("{{gdp.growth", table, {"a.md", 1, 1}), InputError);
  EXPECT_THROW(bindText("{{}}", table, {"a.md", 1, 1}), InputError);
}

TEST(ProseBinding, AnUnclosedReferenceBeforeAnotherIsReportedAsUnclosed) {
  const MetricTable table(kMetrics);
  try {
    bindText("增长{{gdp.growth|unit，另有{{gdp.growth}}", table, {"article.md", 3, 1});
    FAIL() << "no error";
  } catch (const InputError& e) {
    // Not "unknown number format 'unit，另有{{gdp.growth'": the "}}" belongs to the second reference.
    EXPECT_EQ(e.diagnostic().str(),
              "article.md:3:3: error: '{{' is not closed: write {{metric.id}} or {{metric.id|format}}");
  }
}

model::Block paragraph(const std::string& text, const SourceLocation& where) {
  model::Block block;
  block.spans.push_back({text, "", where});
  block.where = where;
  return block;
}

TEST(ProseBinding, BindsStoriesFieldsAndCaptions) {
  model::Document document;
  document.metrics = kMetrics;
  document.stories["lead"].blocks.push_back(paragraph("增长{{gdp.growth|unit}}", {"d.yaml", 2, 3}));
  document.stories["body"].blocks.push_back(paragraph("{{market_entities.total}}个", {"a.md", 1, 1}));
  document.fields["title"] = {"title", "增速{{gdp.growth|unit}}", {"d.yaml", 5, 10}};
  model::Block figure;
  figure.kind = model::Block::Kind::Figure;
  figure.caption = "增长{{gdp.growth}}%";
  document.stories["body"].blocks.push_back(figure);
  bindProse(document);
  EXPECT_EQ(document.stories["lead"].blocks[0].spans[0].text, "增长0.5%");
  EXPECT_EQ(document.stories["body"].blocks[0].spans[0].text, "55491个");
  EXPECT_EQ(document.stories["body"].blocks[1].caption, "增长0.5%");
  EXPECT_EQ(document.fields["title"].text, "增速0.5%");
}

TEST(ProseBinding, TemplatesQuoteThePublicationAndKeepPageNumbers) {
  const MetricTable table(kMetrics);
  const model::Publication publication{"株洲日报", "2020-08-24", 3, "县域经济", {}};
  const BindingScope scope(table, &publication, true);
  const SourceLocation at{"layout.yaml", 4, 5};
  EXPECT_EQ(bindText("{{publication.paper}} {{publication.date|zh-date}} {{publication.date|zh-weekday}}", scope, at),
            "株洲日报 2020年8月24日 星期一");
  EXPECT_EQ(bindText("第{{publication.edition}}版 第{{page}}页/共{{pages}}页", scope, at), "第3版 第{{page}}页/共{{pages}}页");
  EXPECT_THROW(bindText("{{publication.papr}}", scope, at), InputError);
  EXPECT_THROW(bindText("{{publication.date|en-date}}", scope, at), InputError);
  // Prose has no page numbers, and no publication unless the data gives one.
  EXPECT_THROW(bindText("{{page}}", BindingScope(table), at), InputError);
  EXPECT_THROW(bindText("{{publication.paper}}", BindingScope(table), at), InputError);
}

}  // namespace
}  // namespace banmian::resolve
