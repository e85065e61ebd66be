// The shipped layout and data load and carry the values the rest of the pipeline relies on.
#include <algorithm>
#include <filesystem>

#include <gtest/gtest.h>

#include "load/document_loader.h"
#include "load/layout_loader.h"

namespace banmian::load {
namespace {

const std::string kSourceDir = BANMIAN_SOURCE_DIR;

model::Layout broadsheet() { return loadLayout(kSourceDir + "/layouts/broadsheet-feature.yaml"); }

TEST(RealLayout, BroadsheetPageGridAndFonts) {
  const model::Layout layout = broadsheet();
  EXPECT_EQ(layout.grid.columns, 8);
  EXPECT_DOUBLE_EQ(layout.grid.gutter, 8);
  EXPECT_DOUBLE_EQ(layout.grid.row, 13);
  EXPECT_DOUBLE_EQ(layout.grid.column_rule_width, 0.3);
  EXPECT_EQ(layout.grid.column_rule_color, Color::rgb(0x77 / 255.0, 0x77 / 255.0, 0x77 / 255.0));
  EXPECT_NEAR(layout.page.width, 390 * 72 / 25.4, 1e-9);
  EXPECT_NEAR(layout.page.margin_top, 18 * 72 / 25.4, 1e-9);
  ASSERT_EQ(layout.fonts.size(), 3u);
  EXPECT_EQ(layout.fonts.at("kai").families.front(), "AR PL KaitiM GB");
}

TEST(RealLayout, BroadsheetStyles) {
  const model::Layout layout = broadsheet();

  const model::ParagraphStyle& body = layout.paragraph_styles.at("body");
  EXPECT_DOUBLE_EQ(body.size, 9);
  EXPECT_DOUBLE_EQ(body.leading, 13);
  EXPECT_DOUBLE_EQ(body.indent, 2);
  EXPECT_EQ(body.font, "song");
  EXPECT_EQ(body.align, model::Align::Justify);

  const model::ParagraphStyle& head = layout.paragraph_styles.at("section-head");
  EXPECT_EQ(head.weight, 700);
  EXPECT_EQ(head.rows, 3);
  EXPECT_EQ(head.space_before, 1);
  EXPECT_TRUE(head.fit_width);
  EXPECT_DOUBLE_EQ(head.min_size, 9);
  ASSERT_TRUE(head.number_box.has_value());
  EXPECT_EQ(*head.number_box, Color::rgb(0xb0 / 255.0, 0x27 / 255.0, 0x2d / 255.0));
  EXPECT_FALSE(layout.paragraph_styles.at("masthead").normalize_punctuation);
  EXPECT_EQ(layout.paragraph_styles.at("masthead").last_line, model::Align::Justify);
  EXPECT_DOUBLE_EQ(*layout.character_styles.at("superscript").rise, 0.35);
  EXPECT_EQ(layout.markdown.headings[2], "section-head");
  EXPECT_EQ(layout.markdown.headings[1], "");
  EXPECT_EQ(layout.markdown.superscript, "superscript");
}

TEST(RealLayout, BroadsheetFrames) {
  const model::Layout layout = broadsheet();
  ASSERT_EQ(layout.masters.size(), 1u);
  const std::vector<model::Frame>& frames = layout.masters[0].frames;

  ASSERT_EQ(frames.size(), 18u);  // 14, then 4 charts
  EXPECT_EQ(frames[0].text_template.size(), 3u);  // the masthead: paper, date, edition
  EXPECT_EQ(frames[0].text_template[0], "{{publication.paper}}");
  const model::Frame& masthead_rule = frames[1];
  EXPECT_EQ(masthead_rule.kind, model::FrameKind::Rule);
  EXPECT_DOUBLE_EQ(masthead_rule.rule_width, 1.2);
  const model::Frame& lead = frames[2];
  EXPECT_EQ(lead.content, "lead");
  EXPECT_EQ(lead.valign, model::Align::Center);
  EXPECT_DOUBLE_EQ(lead.padding, 10);
  EXPECT_EQ(lead.area.first_column, 6);
  EXPECT_EQ(lead.area.first_row, 14);
  EXPECT_EQ(lead.area.last_row, 31);
  EXPECT_EQ(lead.where.line, 60);
  EXPECT_EQ(frames[3].caption_rows, 2);
  EXPECT_EQ(frames[7].kind, model::FrameKind::Flow);
  EXPECT_FALSE(frames[7].balance);
  EXPECT_EQ(frames[9].area.first_column, 1);
  EXPECT_EQ(frames[9].area.last_column, 2);
  EXPECT_EQ(frames[14].kind, model::FrameKind::Chart);
  EXPECT_EQ(frames[14].chart.series.front().data.front().metric, "gdp.growth");
  ASSERT_TRUE(layout.theme);
  EXPECT_EQ(layout.theme->title_font, "hei");
}

TEST(RealDocument, LilingLoads) {
  const std::string path = kSourceDir + "/data/liling-2020h1.yaml";
  const model::Document document = loadDocument(path);
  ASSERT_TRUE(document.publication);
  EXPECT_EQ(document.publication->paper, "株洲日报");
  EXPECT_EQ(document.publication->date, "2020-08-24");
  EXPECT_EQ(document.publication->edition, 3);
  const model::Field& title = document.fields.at("title");
  EXPECT_EQ(title.text, "在危机中育新机 于变局中开新局");
  EXPECT_EQ(title.where.line, 16);
  EXPECT_EQ(title.where.column, 10);
  EXPECT_EQ(document.photos.size(), 6u);
  ASSERT_NE(document.findPhoto("station"), nullptr);
  EXPECT_EQ(document.findPhoto("station")->caption, "瓷城驿站");
  EXPECT_EQ(document.findPhoto("nowhere"), nullptr);

  const auto growth = std::find_if(document.metrics.begin(), document.metrics.end(),
                                   [](const model::Metric& m) { return m.id == "gdp.growth"; });
  ASSERT_NE(growth, document.metrics.end());
  EXPECT_DOUBLE_EQ(growth->value, 0.5);
  EXPECT_EQ(growth->decimals, 1);
  EXPECT_EQ(growth->unit, "%");

  const auto& lead = document.stories.at("lead").blocks;
  ASSERT_EQ(lead.size(), 2u);
  EXPECT_EQ(lead[0].kind, model::Block::Kind::Paragraph);
  EXPECT_EQ(lead[1].where.file, path);
  EXPECT_EQ(lead[1].where.line, 26);
  EXPECT_EQ(lead[1].where.column, 5);
  ASSERT_EQ(lead[0].spans.size(), 1u);
  EXPECT_TRUE(lead[0].spans[0].text.starts_with("2020年,注定是不平凡的一年。"));
}

TEST(RealDocument, LilingBody) {
  const model::Document document = loadDocument(kSourceDir + "/data/liling-2020h1.yaml");
  const auto& body = document.stories.at("body").blocks;
  const auto count = [&](auto predicate) { return std::count_if(body.begin(), body.end(), predicate); };
  EXPECT_EQ(count([](const model::Block& b) { return b.kind == model::Block::Kind::Heading && b.level == 3; }), 7);
  EXPECT_EQ(count([](const model::Block& b) { return b.kind == model::Block::Kind::Heading && b.level == 4; }), 14);
  EXPECT_EQ(count([](const model::Block& b) { return b.kind == model::Block::Kind::Figure; }), 4);
  EXPECT_EQ(body.front().spans.front().text, "1 疫情防控成效显著");
  EXPECT_EQ(body.back().figure_id, "station");
  EXPECT_TRUE(std::filesystem::path(body.front().where.file).filename() == "liling-2020h1.md");

  std::vector<const model::Span*> superscripts;
  for (const auto& block : body)
    for (const auto& span : block.spans)
      if (span.character_style == "sup") superscripts.push_back(&span);
  ASSERT_EQ(superscripts.size(), 1u);
  EXPECT_EQ(superscripts[0]->text, "2");
  EXPECT_EQ(superscripts[0]->where.line, 59);
}

}  // namespace
}  // namespace banmian::load
