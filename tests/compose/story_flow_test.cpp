// Stories through chains of flow frames across pages, floats, balanced columns and long heads, asserted
// on the display list alone.
#include <gtest/gtest.h>

#include <map>

#include "multi_page.h"

namespace banmian::compose {
namespace {

using namespace testing;

std::vector<model::Block> paragraphsOfLines(int count, int lines) {
  std::vector<model::Block> blocks;
  for (int i = 0; i < count; ++i) blocks.push_back(paragraph(paragraphOfLines(lines, i % 2 ? "统" : "计"), 10 + i));
  return blocks;
}

std::string storyText(const std::vector<model::Block>& blocks) {
  std::string out;
  for (const auto& b : blocks)
    for (const auto& s : b.spans) out += s.text;
  return out;
}

// Lowest body row of each column of a page.
std::map<int, int> lowestRows(const display::Page& page) {
  std::map<int, int> lowest;
  for (const auto* run : runsOf(page))
    if (std::abs(run->size - 9) < 1e-9) lowest[columnOf(*run)] = std::max(lowest[columnOf(*run)], rowOf(*run));
  return lowest;
}

// The first page holds 2 x 18 rows, every further page 2 x 20: 36 + 40 + 40 lines for three pages.
TEST(StoryFlow, RunsThroughAChainOfFramesAcrossThreePages) {
  const auto blocks = paragraphsOfLines(20, 5);  // 100 lines
  auto c = composeAll(chainLayout(), storyOf(blocks));
  ASSERT_EQ(c.doc.pages.size(), 3u);
  for (const auto& page : c.doc.pages) EXPECT_FALSE(textOf(page).empty());
  EXPECT_EQ(textOf(c.doc), storyText(blocks));  // every character once, in order
  // Page 2 starts at the frame's top row, page 1 under its title area.
  EXPECT_EQ(rowOf(*runsOf(c.doc.pages[0]).front()), 2);
  EXPECT_EQ(rowOf(*runsOf(c.doc.pages[1]).front()), 0);
}

TEST(StoryFlow, MoreTextMorePagesLessTextFewer) {
  const size_t short_pages = composeAll(chainLayout(), storyOf(paragraphsOfLines(6, 5))).doc.pages.size();
  const size_t long_pages = composeAll(chainLayout(), storyOf(paragraphsOfLines(40, 5))).doc.pages.size();
  EXPECT_EQ(short_pages, 1u);
  EXPECT_EQ(long_pages, 6u);  // 200 lines: 36 + 4 x 40 = 196 < 200 <= 236
}

TEST(StoryFlow, OverflowWithNoMorePagesCountsTheLinesLeftOver) {
  auto blocks = paragraphsOfLines(10, 5);  // 50 lines into 36 rows
  for (auto& b : blocks) b.spans[0].where = {"story.md", 1, 1};
  try {
    composeAll(chainLayout(2, false), storyOf(blocks));
    FAIL() << "no overflow error";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where().str(), "layout.yaml:10:5");
    // 7 paragraphs fill 35 rows; orphans keep the 8th from leaving one line alone: 15 lines are left.
    EXPECT_NE(e.message().find("story 'body' does not fit: 15 lines of text are left over"), std::string::npos)
        << e.what();
  }
}

TEST(StoryFlow, BalancesTheColumnsOfTheLastPage) {
  const auto blocks = paragraphsOfLines(12, 5);  // 60 lines: 36 on page 1, 24 on page 2
  auto c = composeAll(chainLayout(), storyOf(blocks));
  ASSERT_EQ(c.doc.pages.size(), 2u);
  auto lowest = lowestRows(c.doc.pages[1]);
  ASSERT_EQ(lowest.size(), 2u);
  EXPECT_LE(std::abs(lowest[1] - lowest[2]), 1) << lowest[1] << " vs " << lowest[2];
  EXPECT_EQ(textOf(c.doc), storyText(blocks));
  // The control: the same story unbalanced fills column 1 and leaves column 2 short.
  auto layout = chainLayout();
  layout.masters[1].frames[0].balance = false;
  auto unbalanced = lowestRows(composeAll(layout, storyOf(blocks)).doc.pages[1]);
  EXPECT_GE(unbalanced[1] - unbalanced[2], 10);
}

TEST(StoryFlow, AThreeLineSectionHeadInANarrowColumnWrapsWhole) {
  const std::string title = "固定资产投资稳步增长工业投资和重点项目支撑作用明显";  // 24 characters
  auto layout = chainLayout(1);
  layout.paragraph_styles["section-head"].number_box.reset();
  std::vector<model::Block> blocks = {block(model::Block::Kind::Heading, title, 1, 3), paragraph(paragraphOfLines(3), 3)};
  auto c = composeAll(layout, storyOf(blocks));
  std::vector<const display::GlyphRun*> head;
  for (const auto* run : runsOf(c.doc.pages[0]))
    if (std::abs(run->size - 10) < 1e-9) head.push_back(run);
  ASSERT_EQ(head.size(), 3u);  // 10 pt in 126 pt: 12 characters a line
  std::string set;
  for (const auto* run : head) set += run->text;
  EXPECT_EQ(set, title);
  EXPECT_NEAR(head[1]->origin.y - head[0]->origin.y, 13, 1e-9);
  // The band takes 3 + 2 rows; the body starts under it.
  const auto runs = runsOf(c.doc.pages[0]);
  EXPECT_EQ(rowOf(*runs.back()) - 2, 5 + 2);
}

TEST(StoryFlow, ADisplayLineTooLongEvenAtMinSizeWrapsAtMinSize) {
  auto layout = chainLayout();
  auto title = testing::style("title", "hei", 20, 700);
  title.fit_width = true;
  title.min_size = 12;
  title.leading = 26;
  title.align = model::Align::Center;
  layout.paragraph_styles["title"] = title;
  layout.masters[0].frames.push_back(frame("title", model::FrameKind::Text, 1, 2, 0, 3, "title", "title"));
  auto document = storyOf(paragraphsOfLines(1, 2));
  std::string han;
  for (int i = 0; i < 30; ++i) han += "标";  // 30 ideographs: 360 pt at 12 pt
  document.fields["title"] = {"title", han, {"data.yaml", 2, 10}};
  auto c = composeAll(layout, document);
  std::vector<const display::GlyphRun*> set;
  for (const auto* run : runsOf(c.doc.pages[0]))
    if (std::abs(run->size - 12) < 1e-9) set.push_back(run);
  ASSERT_EQ(set.size(), 2u);  // wrapped onto two lines at the min-size, nothing cut
  EXPECT_EQ(set[0]->text + set[1]->text, han);
}

model::Document withFloat(int lines_before, model::Photo photo = {"pic", "图片说明", "", {"data.yaml", 7, 5}}) {
  model::Block figure = block(model::Block::Kind::Figure, "pic", 100);
  figure.caption = "锚定的图";
  auto d = storyOf({paragraph(paragraphOfLines(lines_before), 3), figure, paragraph(paragraphOfLines(4), 102)});
  d.photos.push_back(photo);
  return d;
}

const display::Path* placeholderOn(const display::Page& page) {
  for (const auto& item : page.items)
    if (auto* p = std::get_if<display::Path>(&item); p && p->fill && p->stroke) return p;
  return nullptr;
}

TEST(StoryFlow, AFloatSitsAtTheFootOfItsAnchorsColumn) {
  auto c = composeAll(chainLayout(1), withFloat(3));
  ASSERT_EQ(c.doc.pages.size(), 1u);
  const display::Path* box = placeholderOn(c.doc.pages[0]);
  ASSERT_NE(box, nullptr);
  // Photo rows 6 + caption row 1 at the foot of rows [2, 20): the picture starts at row 13.
  EXPECT_DOUBLE_EQ(box->ops[0].p[0].y, 20 + 13 * 13);
  const std::string text = textOf(c.doc);
  EXPECT_LT(text.find("统。"), text.find("图1　锚定的图"));
}

TEST(StoryFlow, AFloatThatDoesNotFitMovesToTheNextColumnNeverBefore) {
  auto layout = chainLayout(2);
  layout.masters[0].frames[0].balance = false;
  auto c = composeAll(layout, withFloat(14));  // column 1 has 4 rows left under the text: too few
  ASSERT_EQ(c.doc.pages.size(), 1u);
  const display::Path* box = placeholderOn(c.doc.pages[0]);
  ASSERT_NE(box, nullptr);
  EXPECT_DOUBLE_EQ(box->ops[0].p[0].x, 20 + 134);  // column 2
  EXPECT_DOUBLE_EQ(box->ops[0].p[0].y, 20 + 2 * 13);  // its top
}

TEST(StoryFlow, AFloatThatDoesNotFitItsPageMovesToTheNextNeverBefore) {
  auto c = composeAll(chainLayout(1), withFloat(16));  // 16 of 18 rows taken: the figure goes over
  ASSERT_EQ(c.doc.pages.size(), 2u);
  EXPECT_EQ(placeholderOn(c.doc.pages[0]), nullptr);
  const display::Path* box = placeholderOn(c.doc.pages[1]);
  ASSERT_NE(box, nullptr);
  EXPECT_DOUBLE_EQ(box->ops[0].p[0].y, 20);  // the top of the next page's frame
  EXPECT_NE(textOf(c.doc.pages[1]).find("图1　锚定的图"), std::string::npos);
}

model::Block tableBlock(int rows) {
  model::Block anchor = block(model::Block::Kind::Figure, "", 60);
  anchor.figure = model::FigureKind::Table;
  anchor.caption = "长表";
  model::Table table;
  table.header = {"地区", "增速（%）"};
  table.align = {model::Align::Start, model::Align::End};
  for (int i = 0; i < rows; ++i) {
    table.rows.push_back({"地区" + std::to_string(i), std::to_string(i) + ".5"});
    table.row_where.push_back({"article.md", 62 + i, 1});
  }
  table.caption = "长表";
  anchor.table = table;
  return anchor;
}

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(StoryFlow, ALongTableGoesOnInTheNextColumnUnderItsHeaderAgain) {
  auto layout = chainLayout(2);
  layout.paragraph_styles["table"] = testing::style("table", "song", 9);
  layout.floats.table_columns = 1;
  auto c = composeAll(layout, storyOf({paragraph(paragraphOfLines(2), 3), tableBlock(30), paragraph(paragraphOfLines(2), 99)}));
  const std::string text = textOf(c.doc);
  const size_t continued = count(text, "续表1　长表");
  EXPECT_GE(continued, 1u);                               // column 2, and then the next page
  EXPECT_EQ(count(text, "表1　长表"), continued + 1);     // 表1 once, 续表1 on every continuation
  EXPECT_EQ(count(text, "增速（%）"), continued + 1);     // the header repeated on each
  EXPECT_NE(textOf(c.doc.pages[0]).find("续表1　长表"), std::string::npos);  // the next column of the same page
  for (int i = 0; i < 30; ++i) {            // every cell once
    EXPECT_EQ(count(text, "地区" + std::to_string(i) + std::to_string(i) + ".5"), 1u) << i;
  }
  // Three rules per part: thick, thin, thick.
  std::vector<double> rules;
  for (const auto& item : c.doc.pages[0].items)
    if (auto* p = std::get_if<display::Path>(&item); p && p->stroke && p->ops.size() == 2 &&
                                                       p->ops[0].p[0].y == p->ops[1].p[0].y)
      rules.push_back(p->stroke->width);
  EXPECT_EQ(rules, (std::vector<double>{1.0, 0.5, 1.0, 1.0, 0.5, 1.0}));
}

TEST(StoryFlow, BookmarksCarryTheirPageAndLevel) {
  std::vector<model::Block> blocks = {block(model::Block::Kind::Heading, "第一章", 1, 2)};
  for (auto& b : paragraphsOfLines(8, 5)) blocks.push_back(b);
  blocks.push_back(block(model::Block::Kind::Heading, "第二节", 50, 3));
  blocks.push_back(paragraph(paragraphOfLines(3), 51));
  auto layout = chainLayout();
  layout.markdown.headings[1] = "run-in";
  auto c = composeAll(layout, storyOf(blocks));
  ASSERT_EQ(c.doc.bookmarks.size(), 2u);
  EXPECT_EQ(c.doc.bookmarks[0].page, 0);
  EXPECT_EQ(c.doc.bookmarks[0].level, 1);
  EXPECT_EQ(c.doc.bookmarks[1].page, 1);
  EXPECT_EQ(c.doc.bookmarks[1].level, 2);
}

TEST(StoryFlow, AHeadingLevelWithoutAStyleIsALocatedError) {
  auto blocks = std::vector<model::Block>{block(model::Block::Kind::Heading, "二级标题", 7, 2)};
  try {
    composeAll(chainLayout(), storyOf(blocks));
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where().str(), "article.md:7:1");
    EXPECT_NE(e.message().find("level-2 headings (##)"), std::string::npos) << e.message();
  }
}

TEST(StoryFlow, FolioTemplatesCountThePages) {
  auto layout = chainLayout();
  for (auto& master : layout.masters) {
    auto folio = frame("folio", model::FrameKind::Text, 1, 2, 20, 21, "", "caption");
    folio.name = "folio-" + master.name;
    folio.text_template = {"第{{page}}页/共{{pages}}页"};
    master.frames.push_back(folio);
  }
  auto c = composeAll(layout, storyOf(paragraphsOfLines(20, 5)));
  ASSERT_EQ(c.doc.pages.size(), 3u);
  EXPECT_NE(textOf(c.doc.pages[1]).find("第2页/共3页"), std::string::npos) << textOf(c.doc.pages[1]);
}

TEST(StoryFlow, UnknownContentIsALocatedErrorWithASuggestion) {
  auto layout = chainLayout();
  layout.masters[1].frames[0].content = "bdy";
  try {
    composeAll(layout, storyOf(paragraphsOfLines(1, 2)));
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where().str(), "layout.yaml:42:7");
    EXPECT_NE(e.message().find("unknown story 'bdy'"), std::string::npos) << e.message();
    EXPECT_EQ(e.diagnostic().hint, "did you mean 'body'?");
  }
}

TEST(StoryFlow, ContentNoFrameShowsIsAWarningAndUnderStrictAnError) {
  auto document = storyOf(paragraphsOfLines(1, 2));
  document.stories["sidebar"] = {"sidebar", paragraphsOfLines(1, 2), {"data.yaml", 9, 3}};
  document.fields["note"] = {"note", "注：", {"data.yaml", 5, 9}};
  auto c = composeAll(chainLayout(), document);
  ASSERT_EQ(c.warnings.size(), 2u);
  EXPECT_EQ(c.warnings[0].str(), "data.yaml:5:9: warning: field 'note' is shown by no frame of the layout");
  EXPECT_EQ(c.warnings[1].str(), "data.yaml:9:3: warning: story 'sidebar' is shown by no frame of the layout");
  EXPECT_THROW(composeAll(chainLayout(), document, true), InputError);
}

}  // namespace
}  // namespace banmian::compose
