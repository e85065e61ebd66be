// Composition on a small page, asserted on the display list alone (no backend involved).
#include "compose/page_composer.h"

#include <gtest/gtest.h>

#include <cmath>

#include "compose/page_grid.h"
#include "resolve/resolver.h"
#include "small_page.h"

namespace banmian::compose {
namespace {

struct Composed {
  display::Document doc;
  std::vector<Diagnostic> warnings;
};

Composed compose(const model::Layout& layout, const model::Document& document) {
  DiagnosticSink sink;
  resolve::ResolvedAssets assets = resolve::resolveAssets(layout, document, sink);
  typeset::Typesetter typesetter;
  display::Document doc = composeDocument(layout, document, assets, typesetter, sink);
  return {std::move(doc), sink.warnings()};
}

std::vector<const display::GlyphRun*> runs(const display::Document& doc) {
  std::vector<const display::GlyphRun*> out;
  for (const auto& item : doc.pages.at(0).items)
    if (auto* run = std::get_if<display::GlyphRun>(&item)) out.push_back(run);
  return out;
}

std::string allText(const display::Document& doc) {
  std::string out;
  for (const auto* run : runs(doc)) out += run->text;
  return out;
}

TEST(PageComposer, PlacesThePhotoFrameWhereTheGridSays) {
  auto c = compose(testing::smallLayout(), testing::smallDocument());
  // The placeholder fills the frame's cells above its two caption rows.
  const display::Path* box = nullptr;
  for (const auto& item : c.doc.pages[0].items)
    if (auto* p = std::get_if<display::Path>(&item); p && p->fill && p->stroke && !box) box = p;
  ASSERT_NE(box, nullptr);
  EXPECT_DOUBLE_EQ(box->ops[0].p[0].x, 154);
  EXPECT_DOUBLE_EQ(box->ops[0].p[0].y, 20);
  EXPECT_DOUBLE_EQ(box->ops[2].p[0].x, 154 + 126);
  EXPECT_DOUBLE_EQ(box->ops[2].p[0].y, 20 + 6 * 13);
}

TEST(PageComposer, WarnsAboutAPhotoWithoutAFile) {
  auto c = compose(testing::smallLayout(), testing::smallDocument());
  ASSERT_EQ(c.warnings.size(), 1u);
  EXPECT_EQ(c.warnings[0].str(), "data.yaml:7:5: warning: photo 'pic' names no file: drawing a placeholder");
}

TEST(PageComposer, StrictMakesThePlaceholderAnError) {
  auto layout = testing::smallLayout();
  auto document = testing::smallDocument();
  DiagnosticSink strict(true);
  resolve::ResolvedAssets assets = resolve::resolveAssets(layout, document, strict);
  typeset::Typesetter typesetter;
  EXPECT_THROW(composeDocument(layout, document, assets, typesetter, strict), InputError);
}

TEST(PageComposer, BodyBaselinesSitOnTheGridAndClearThePhoto) {
  auto c = compose(testing::smallLayout(), testing::smallDocument(6));
  PageGrid grid(testing::smallLayout().masters[0]);
  int body = 0;
  for (const auto* run : runs(c.doc)) {
    if (std::abs(run->size - 9) > 1e-9 || run->color.c0 != 0) continue;  // body: 9 pt black
    double steps = (run->origin.y - grid.baseline(0, 9)) / 13;
    EXPECT_NEAR(steps, std::round(steps), 1e-9) << run->text;
    bool in_column2 = run->origin.x >= 154;
    if (in_column2 && run->text != "图片说明") {
      EXPECT_GT(run->origin.y, 20 + 8 * 13) << run->text;
    }
    ++body;
  }
  EXPECT_GT(body, 20);
}

TEST(PageComposer, CaptionComesOutWhereTheTextAnchorsIt) {
  auto c = compose(testing::smallLayout(), testing::smallDocument());
  std::string text = allText(c.doc);
  size_t caption = text.find("图片说明");
  ASSERT_NE(caption, std::string::npos);
  EXPECT_LT(text.find("农业面源污染防治"), caption);
  EXPECT_GT(text.find("城市变美了"), caption);
}

TEST(PageComposer, SectionHeadsBecomeBookmarksAndKeepTheirNumber) {
  auto c = compose(testing::smallLayout(), testing::smallDocument());
  ASSERT_EQ(c.doc.bookmarks.size(), 1u);
  EXPECT_EQ(c.doc.bookmarks[0].title, "1 第一节标题");
  EXPECT_DOUBLE_EQ(c.doc.bookmarks[0].y, 20);
  std::string text = allText(c.doc);
  EXPECT_LT(text.find("1"), text.find("第一节标题"));
}

TEST(PageComposer, TextThatDoesNotFitIsAnErrorAtTheFlow) {
  try {
    compose(testing::smallLayout(), testing::smallDocument(40));
    FAIL() << "expected an overflow error";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where().str(), "layout.yaml:10:5");
    EXPECT_NE(e.message().find("story 'body' does not fit"), std::string::npos) << e.message();
    EXPECT_NE(e.message().find("allows no more pages"), std::string::npos) << e.message();
  }
}

TEST(PageComposer, NormalisesPunctuationAndFillsTheFontTable) {
  auto document = testing::smallDocument();
  document.stories["body"].blocks[1].spans[0].text = "村(社区)党组织,全力以赴";
  auto c = compose(testing::smallLayout(), document);
  EXPECT_NE(allText(c.doc).find("村（社区）党组织，全力以赴"), std::string::npos);
  for (const auto* run : runs(c.doc)) EXPECT_LT(run->font, static_cast<int>(c.doc.fonts.size()));
}

}  // namespace
}  // namespace banmian::compose
