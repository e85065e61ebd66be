// The Markdown subset, read from strings (located errors are in bad_document_test.cpp).
#include <gtest/gtest.h>

#include "base/diagnostics.h"
#include "load/markdown_reader.h"

namespace banmian::load {
namespace {

std::vector<model::Block> read(const std::string& text) {
  static const FigureIds figures = {{"hero"}, {"growth"}, {"sectors"}};
  return readMarkdown(MarkdownSource{"a.md", text}, figures);
}

TEST(Markdown, SoftBreaksJoinChineseWithoutSpace) {
  const auto blocks = read("中文\n继续 and\nEnglish\n“引号”\n接着");
  ASSERT_EQ(blocks.size(), 1u);
  ASSERT_EQ(blocks[0].spans.size(), 1u);
  EXPECT_EQ(blocks[0].spans[0].text, "中文继续 and English “引号”接着");
}

TEST(Markdown, StrongAndSupBecomeNamedSpans) {
  const auto blocks = read("甲**乙**丙 m<sup>2</sup>/人");
  ASSERT_EQ(blocks.size(), 1u);
  const auto& spans = blocks[0].spans;
  ASSERT_EQ(spans.size(), 5u);
  EXPECT_EQ(spans[0].text, "甲");
  EXPECT_EQ(spans[1].text, "乙");
  EXPECT_EQ(spans[1].character_style, "strong");
  EXPECT_EQ(spans[2].text, "丙 m");
  EXPECT_EQ(spans[2].character_style, "");
  EXPECT_EQ(spans[3].text, "2");
  EXPECT_EQ(spans[3].character_style, "sup");
  EXPECT_EQ(spans[4].text, "/人");
  EXPECT_EQ(spans[1].where.str(), "a.md:1:4");  // the text after "甲**": characters, not cmark's bytes (1:6)
}

TEST(Markdown, AdjacentTextMergesAndPunctuationIsKept) {
  // cmark splits text at '!' and '[' and entities; the spans come back whole and untouched.
  const auto blocks = read("醴陵,注定[不]平凡! &amp; (1)");
  ASSERT_EQ(blocks[0].spans.size(), 1u);
  EXPECT_EQ(blocks[0].spans[0].text, "醴陵,注定[不]平凡! & (1)");
}

TEST(Markdown, HeadingsAndFigures) {
  const auto blocks = read("### 1 标题\n\n#### 【新闻回放】\n\n![说明](photo:hero)\n");
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[0].kind, model::Block::Kind::Heading);
  EXPECT_EQ(blocks[0].level, 3);
  EXPECT_EQ(blocks[1].level, 4);
  EXPECT_EQ(blocks[2].kind, model::Block::Kind::Figure);
  EXPECT_EQ(blocks[2].figure_id, "hero");
  EXPECT_EQ(blocks[2].caption, "说明");
  EXPECT_EQ(blocks[2].where.str(), "a.md:5:1");
}

TEST(Markdown, EveryHeadingLevelAndChartFigures) {
  const auto blocks = read("# 一\n\n## 二\n\n###### 六\n\n![增速](chart:growth)\n");
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(blocks[0].level, 1);
  EXPECT_EQ(blocks[1].level, 2);
  EXPECT_EQ(blocks[2].level, 6);
  EXPECT_EQ(blocks[3].figure, model::FigureKind::Chart);
  EXPECT_EQ(blocks[3].figure_id, "growth");
}

TEST(Markdown, ListItemsBecomeParagraphsWithTheirMarker) {
  const auto blocks = read("3. 第三\n4. 第四\n\n- 甲\n- 乙\n");
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(blocks[0].kind, model::Block::Kind::ListItem);
  EXPECT_EQ(blocks[0].spans[0].text, "3. ");
  EXPECT_EQ(blocks[1].spans[0].text, "4. ");
  EXPECT_EQ(blocks[3].spans[0].text, "• ");
  EXPECT_EQ(blocks[3].spans[1].text, "乙");
}

// A GFM table becomes a statistical table, never text full of '|'; its caption, unit and notes follow it.
TEST(Markdown, TableWithCaptionAndNotes) {
  const auto blocks = read("前文。\n\n| 指标 | 数值 |\n|---|---:|\n| 增速 | -2.3 |\n| 总额 |  |\n\n表：主要指标\n\n单位：亿元\n\n"
                           "注：空格为无数据。\n\n后文。\n");
  ASSERT_EQ(blocks.size(), 3u);
  ASSERT_TRUE(blocks[1].table);
  const model::Table& table = *blocks[1].table;
  EXPECT_EQ(blocks[1].figure, model::FigureKind::Table);
  EXPECT_EQ(table.header, (std::vector<std::string>{"指标", "数值"}));
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[0][1], "-2.3");
  EXPECT_EQ(table.rows[1][1], "");
  EXPECT_EQ(table.align[1], model::Align::End);
  EXPECT_EQ(table.caption, "主要指标");
  EXPECT_EQ(table.unit, "单位：亿元");
  EXPECT_EQ(table.notes, (std::vector<std::string>{"注：空格为无数据。"}));
  EXPECT_EQ(table.row_where[1].str(), "a.md:6:1");
}

std::string errorOf(const std::string& markdown) {
  try {
    read(markdown);
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

TEST(Markdown, BadTablesAreLocatedErrors) {
  EXPECT_EQ(errorOf("| 指标 | 数值 |\n|---|---:|\n| 增速 | 1 | 2 |\n"),
            "a.md:3:1: error: this table row has 3 cells, the header 2: give every row as many");
  EXPECT_EQ(errorOf("| 指标 | 数值 |\n|---|---:|\n| 增速 |\n"),
            "a.md:3:1: error: this table row has 1 cells, the header 2: give every row as many");
  EXPECT_EQ(errorOf("| 指标 | 数值 |\n|---|---:|\n| 增速 | 约三成 |\n"),
            "a.md:3:7: error: '约三成' is not a number, in column 2 (right-aligned, so numeric) of the table");
}

TEST(Markdown, NestedStylesAndUnclosedSupAreErrors) {
  EXPECT_THROW(read("**m<sup>2</sup>**"), InputError);
  EXPECT_THROW(read("m<sup>2"), InputError);
  EXPECT_THROW(read("m</sup>2"), InputError);
  EXPECT_THROW(read("![说明](hero.jpg)"), InputError);
  EXPECT_THROW(read("文字 ![说明](photo:hero)"), InputError);
}

}  // namespace
}  // namespace banmian::load
