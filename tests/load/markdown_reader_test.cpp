// The Markdown subset, read from strings (located errors are in bad_document_test.cpp).
#include <gtest/gtest.h>

#include "base/diagnostics.h"
#include "load/markdown_reader.h"

namespace banmian::load {
namespace {

std::vector<model::Block> read(const std::string& text) {
  static const std::vector<model::Photo> photos = {{"hero", "caption", "", {}}};
  return readMarkdown(MarkdownSource{"a.md", text}, photos);
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
  EXPECT_EQ(spans[1].where.str(), "a.md:1:6");  // the text after "甲**": byte columns, as cmark counts them
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
  EXPECT_EQ(blocks[2].photo, "hero");
  EXPECT_EQ(blocks[2].where.str(), "a.md:5:1");
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
