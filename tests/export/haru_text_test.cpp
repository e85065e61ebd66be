// The print backend's text: every character drawn as its code point at the display list's position,
// fallback fonts, pure-K body text, and the errors for what libharu cannot draw (CFF fonts, characters
// beyond U+FFFF, glyphs the cmap would not give).
#include <gtest/gtest.h>

#include <regex>

#include "export/haru_backend.h"
#include "export/haru_text.h"
#include "haru_test_support.h"
#include "test_support.h"

namespace banmian::exporter::test {
namespace {

const display::FontFace kUmingCn{kUming, 0, "AR PL UMing CN"};  // has 溁, which the GB fonts lack
const display::FontFace kKaitiGb{kKaiti, 0, "AR PL KaitiM GB"};
const display::FontFace kNotoSerifSc{kNotoSerif, kNotoSerifScIndex, "Noto Serif CJK SC"};

std::string errorOf(const display::Document& doc, const std::string& pdf) {
  try {
    writeHaruPdf(doc, pdf);
  } catch (const ExportError& e) {
    return e.what();
  }
  return "no error";
}

// "江溁书院": 江 and 书院 in Kaiti GB, 溁 from the fallback AR PL UMing CN, as the typesetter would
// split them into runs.
display::Document fallbackLine() {
  display::Document doc;
  int kai = doc.internFont(kKaitiGb), ming = doc.internFont(kUmingCn);
  display::Page page;
  page.width = 200, page.height = 100;
  page.items.push_back(shapeRun(kKaitiGb, kai, "江", 12, {20, 50}));
  page.items.push_back(shapeRun(kUmingCn, ming, "溁", 12, {32, 50}));
  page.items.push_back(shapeRun(kKaitiGb, kai, "书院", 12, {44, 50}));
  doc.pages.push_back(page);
  return doc;
}

TEST(HaruText, FallbackFontDrawsAndExtracts) {
  std::string pdf = tempDir() + "/fallback.pdf";
  writeHaruPdf(fallbackLine(), pdf);
  EXPECT_EQ(run("qpdf --check " + quote(pdf)).status, 0);
  auto text = run("pdftotext " + quote(pdf) + " -");
  EXPECT_NE(text.out.find("江溁书院"), std::string::npos) << text.out;
  auto fonts = run("pdffonts " + quote(pdf));
  EXPECT_NE(fonts.out.find("UMing"), std::string::npos) << fonts.out;
  EXPECT_NE(fonts.out.find("Kai"), std::string::npos) << fonts.out;
  for (const char* line : {"CID TrueType", "yes"}) EXPECT_NE(fonts.out.find(line), std::string::npos);
  GreyImage page = rasterise(pdf, 72);
  int ink = 0;  // 溁 occupies x 32..44, baseline y 50: some of its pixels are dark
  for (int y = 40; y < 52; ++y)
    for (int x = 32; x < 44; ++x) ink += page.at(x, y) < 128;
  EXPECT_GT(ink, 10);
}

TEST(HaruText, EveryCharacterAtItsOwnPositionInPureBlack) {
  display::Document doc;
  int kai = doc.internFont(kKaitiGb);
  display::GlyphRun run = shapeRun(kKaitiGb, kai, "书院", 10, {20, 50});
  run.glyphs[1].x = 17.25;  // the layout's position, not the font's advance (10)
  doc.pages.push_back(pageOf({run}, 200, 100).pages[0]);
  std::string pdf = tempDir() + "/positions.pdf";
  writeHaruPdf(doc, pdf);
  std::string content = decompressedPdf(pdf);
  EXPECT_NE(content.find("0 0 0 1 k\nBT\n"), std::string::npos) << content;
  EXPECT_NE(content.find("1 0 0 1 20 50 Tm\n"), std::string::npos) << content;
  EXPECT_NE(content.find("1 0 0 1 37.25 50 Tm\n"), std::string::npos) << content;
  EXPECT_FALSE(std::regex_search(content, std::regex(" (rg|RG)\n")));
}

TEST(HaruText, CffFontIsAnErrorNamingTheFont) {
  display::Document doc;
  addTextPage(doc, kNotoSerifSc, "在危机中");
  std::string pdf = tempDir() + "/cff.pdf";
  std::string error = errorOf(doc, pdf);
  EXPECT_NE(error.find("Noto Serif CJK SC"), std::string::npos) << error;
  EXPECT_NE(error.find("CFF"), std::string::npos) << error;
  EXPECT_NE(error.find(pdf), std::string::npos) << error;
  EXPECT_FALSE(banmian::testing::exists(pdf));
}

TEST(HaruText, CharacterBeyondBmpIsAnErrorNamingIt) {
  display::Document doc;
  int ming = doc.internFont(kUmingCn);
  display::GlyphRun run = shapeRun(kUmingCn, ming, "书𠀀", 12, {20, 50});  // U+20000, CJK Extension B
  doc.pages.push_back(pageOf({run}).pages[0]);
  std::string pdf = tempDir() + "/nonbmp.pdf";
  std::string error = errorOf(doc, pdf);
  EXPECT_NE(error.find("U+20000"), std::string::npos) << error;
  EXPECT_NE(error.find("beyond U+FFFF"), std::string::npos) << error;
  EXPECT_FALSE(banmian::testing::exists(pdf));
}

TEST(HaruText, GlyphOtherThanTheCmapsIsAnError) {
  display::Document doc;
  int kai = doc.internFont(kKaitiGb);
  display::GlyphRun run = shapeRun(kKaitiGb, kai, "书", 12, {20, 50});
  run.glyphs[0].id += 1;  // e.g. a variant chosen by a feature: libharu could only draw the cmap's glyph
  doc.pages.push_back(pageOf({run}).pages[0]);
  std::string error = errorOf(doc, tempDir() + "/variant.pdf");
  EXPECT_NE(error.find("'书' (U+4E66)"), std::string::npos) << error;
  EXPECT_NE(error.find("cmap"), std::string::npos) << error;
}

TEST(HaruText, PlaceCharactersSplitsClustersIntoCodePoints) {
  display::GlyphRun run;
  run.origin = {10, 20};
  run.text = "a书";
  run.glyphs = {{65, 0, 0}, {700, 5, -1}};
  run.clusters = {{1, 1}, {3, 1}};
  auto placed = placeCharacters(run, [](char32_t c) { return c == 'a' ? 65u : 700u; }, "test font");
  ASSERT_EQ(placed.size(), 2u);
  EXPECT_EQ(placed[0].code_point, U'a');
  EXPECT_DOUBLE_EQ(placed[1].x, 15);
  EXPECT_DOUBLE_EQ(placed[1].y, 19);
  run.clusters = {{4, 1}, {0, 1}};  // a ligature-like cluster: two characters, one glyph
  EXPECT_THROW(placeCharacters(run, [](char32_t) { return 0u; }, "test font"), ExportError);
  run.clusters = {{1, 1}};  // clusters not covering the text
  EXPECT_THROW(placeCharacters(run, [](char32_t) { return 0u; }, "test font"), ExportError);
}

TEST(HaruDocument, SameInputSameBytesAndDatesOnlyWhenGiven) {
  display::Document doc = fallbackLine();
  doc.metadata.title = "醴陵 书院";
  doc.bookmarks.push_back({"溁江书院", 1, 0, 40});
  std::string dir = tempDir();
  writeHaruPdf(doc, dir + "/a.pdf");
  writeHaruPdf(doc, dir + "/b.pdf");
  EXPECT_EQ(readFile(dir + "/a.pdf"), readFile(dir + "/b.pdf"));
  EXPECT_EQ(readFile(dir + "/a.pdf").find("/CreationDate"), std::string::npos);
  auto info = run("pdfinfo " + quote(dir + "/a.pdf"));
  EXPECT_NE(info.out.find("Title:           醴陵 书院"), std::string::npos) << info.out;
  doc.metadata.creation_time = 1598227200;  // 2020-08-24 00:00:00 UTC
  writeHaruPdf(doc, dir + "/dated.pdf");
  EXPECT_NE(decompressedPdf(dir + "/dated.pdf").find("/CreationDate (D:20200824000000Z"), std::string::npos);
}

TEST(HaruDocument, BookmarksAndLinks) {
  display::Document doc = fallbackLine();
  doc.bookmarks = {{"一、产业", 1, 0, 40}, {"（一）陶瓷", 2, 0, 60}};
  doc.pages[0].items.push_back(display::Link{{20, 40, 60, 14}, "https://example.org/liling"});
  std::string pdf = tempDir() + "/outline.pdf";
  writeHaruPdf(doc, pdf);
  EXPECT_EQ(run("qpdf --check " + quote(pdf)).status, 0);
  auto toc = run("/usr/bin/python3 -c " +
                 quote("import fitz,sys; d=fitz.open(sys.argv[1]); print(d.get_toc()); "
                       "print([l.get('uri') for l in d[0].get_links()])") + " " + quote(pdf));
  ASSERT_EQ(toc.status, 0) << toc.err;
  EXPECT_NE(toc.out.find("[[1, '一、产业', 1], [2, '（一）陶瓷', 1]]"), std::string::npos) << toc.out;
  EXPECT_NE(toc.out.find("https://example.org/liling"), std::string::npos) << toc.out;
}

}  // namespace
}  // namespace banmian::exporter::test
