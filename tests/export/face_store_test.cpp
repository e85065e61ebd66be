// The faces kept across documents: a subset is made once per glyph set, kept subsets are bounded, and a
// document comes out byte for byte the same whether its faces were kept or made.
#include "export/face_store.h"

#include <gtest/gtest.h>

#include "export/cairo_backend.h"
#include "export/font_usage.h"
#include "test_support.h"

namespace banmian::exporter::test {
namespace {

const display::FontFace kNoto{kNotoSerif, kNotoSerifScIndex, "Noto Serif CJK SC"};

FontUsage usageOf(const std::string& text) {
  display::Document doc;
  addTextPage(doc, kNoto, text);
  return collectFontUsage(doc).at(0);
}

TEST(FaceStore, SameGlyphsGiveTheKeptSubset) {
  FaceStore store;
  SharedFace first = store.subset(kNoto, usageOf("醴陵经济"));
  SharedFace again = store.subset(kNoto, usageOf("醴陵经济"));
  EXPECT_EQ(first.face.get(), again.face.get());
  EXPECT_EQ(first.new_ids.get(), again.new_ids.get());
  EXPECT_EQ(store.keptSubsets(), 1u);
}

TEST(FaceStore, OtherGlyphsGiveAnotherSubset) {
  FaceStore store;
  SharedFace first = store.subset(kNoto, usageOf("醴陵经济"));
  SharedFace other = store.subset(kNoto, usageOf("醴陵经济增长"));
  EXPECT_NE(first.face.get(), other.face.get());
  EXPECT_EQ(other.new_ids->size(), usageOf("醴陵经济增长").glyphs.size());
  EXPECT_EQ(store.keptSubsets(), 2u);
}

TEST(FaceStore, KeepsAtMostItsLimitAndDropsTheLeastRecentlyUsed) {
  FaceStore store;
  const std::string hanzi = commonHanzi(FaceStore::kKeptSubsets + 4);
  std::vector<SharedFace> made;
  // Texts of 1, 2, 3 ... characters: every glyph set differs.
  for (size_t n = 1; n <= FaceStore::kKeptSubsets + 1; ++n) made.push_back(store.subset(kNoto, usageOf(hanzi.substr(0, n * 3))));
  EXPECT_EQ(store.keptSubsets(), FaceStore::kKeptSubsets);
  // The first (least recently used) is gone: asking again makes a new face; the last is still kept.
  EXPECT_NE(store.subset(kNoto, usageOf(hanzi.substr(0, 3))).face.get(), made.front().face.get());
  EXPECT_EQ(store.subset(kNoto, usageOf(hanzi.substr(0, (FaceStore::kKeptSubsets + 1) * 3))).face.get(),
            made.back().face.get());
}

TEST(FaceStore, OriginalFaceIsOpenedOnce) {
  FaceStore store;
  EXPECT_EQ(store.original(kNoto).face.get(), store.original(kNoto).face.get());
  EXPECT_TRUE(store.original(kNoto).new_ids->empty());
}

TEST(FaceStore, MissingFontIsAnErrorNamingTheFile) {
  FaceStore store;
  const display::FontFace missing{"/nonexistent/font.otf", 0, "Missing"};
  try {
    store.original(missing);
    FAIL() << "no error";
  } catch (const ExportError& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/font.otf"), std::string::npos) << e.what();
  }
}

display::Document page(const std::string& text) {
  display::Document doc;
  addTextPage(doc, kNoto, text);
  doc.metadata.creation_time = 1700000000;
  return doc;
}

TEST(FaceStore, KeptFacesWriteTheSameBytesAsFreshOnes) {
  const std::string dir = tempDir();
  FaceStore store;
  // The store first serves other documents, then this one twice (made, then kept).
  writePdf(page("上半年经济"), dir + "/other.pdf", {.faces = &store});
  writePdf(page("醴陵市上半年经济运行"), dir + "/made.pdf", {.faces = &store});
  writePdf(page("醴陵市上半年经济运行"), dir + "/kept.pdf", {.faces = &store});
  writePdf(page("醴陵市上半年经济运行"), dir + "/fresh.pdf");
  const std::string fresh = readFile(dir + "/fresh.pdf");
  EXPECT_EQ(readFile(dir + "/made.pdf"), fresh);
  EXPECT_EQ(readFile(dir + "/kept.pdf"), fresh);
  writePng(page("醴陵市上半年经济运行"), 0, 40, dir + "/kept.png", &store);
  writePng(page("醴陵市上半年经济运行"), 0, 40, dir + "/fresh.png");
  EXPECT_EQ(readFile(dir + "/kept.png"), readFile(dir + "/fresh.png"));
}

}  // namespace
}  // namespace banmian::exporter::test
