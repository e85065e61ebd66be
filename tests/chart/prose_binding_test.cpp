// {{metric.id|format}} in prose becomes the metric's value; bad references are located errors.
#include <gtest/gtest.h>

#include "base/diagnostics.h"
#include "resolve/prose_binder.h"

namespace banmian::resolve {
namespace {

const std::vector<model::Metric> kMetrics = {
    {"gdp.growth", "地区生产总值增速", 0.5, "%", "2020H1", 1, {"data.yaml", 3, 5}},
    {"market_entities.total", "市场主体总数", 55491, "户", "2020H1", 0, {"data.yaml", 4, 5}}};

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
    // 增长 is six bytes: the reference starts at byte column 7.
    EXPECT_EQ(e.diagnostic().str(), "article.md:7:7: error: unknown metric 'gdp.grwth'; did you mean 'gdp.growth'?");
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
              "article.md:3:7: error: '{{' is not closed: write {{metric.id}} or {{metric.id|format}}");
  }
}

TEST(ProseBinding, BindsTheLeadAndTheBody) {
  model::Document document;
  document.metrics = kMetrics;
  document.lead.push_back({model::Block::Kind::Paragraph, 0, {{"增长{{gdp.growth|unit}}", "", {"d.yaml", 2, 3}}}, "", {}});
  document.body.push_back({model::Block::Kind::Paragraph, 0, {{"{{market_entities.total}}个", "", {"a.md", 1, 1}}}, "", {}});
  bindProse(document);
  EXPECT_EQ(document.lead[0].spans[0].text, "增长0.5%");
  EXPECT_EQ(document.body[0].spans[0].text, "55491个");
}

}  // namespace
}  // namespace banmian::resolve
