// banmian's own PDF writer (export/pdf_*): what it alone promises beyond the tests both writers share
// (pdf_document_test, pdf_text_test): glyphs exactly where the display list puts them, text that copies
// out exactly even where a glyph cannot say it, images as they are, and the same bytes on any number
// of threads.
#include <gtest/gtest.h>

#include <cairo.h>

#include <cmath>
#include <cstdio>
#include <regex>

#include "export/cairo_backend.h"
#include "export/export_error.h"
#include "export/face_store.h"
#include "export/pdf_document.h"
#include "test_support.h"

namespace banmian::exporter::test {
namespace {

const display::FontFace kNoto{kNotoSerif, kNotoSerifScIndex, "Noto Serif CJK SC"};
const display::FontFace kKai{kKaiti, 0, "AR PL KaitiM GB"};

struct PlacedChar {
  double x = 0, y = 0;  // the glyph's origin, top-left page coordinates (as the display list has them)
};

// Every character's origin as MuPDF reads the file (mutool's structured text: x, y from the top left).
std::vector<PlacedChar> placedChars(const std::string& pdf) {
  auto out = run("mutool draw -F stext -o - " + quote(pdf) + " 2>/dev/null");
  std::vector<PlacedChar> chars;
  static const std::regex kChar(R"re(<char [^>]* x="([-0-9.]+)" y="([-0-9.]+)")re");
  for (auto it = std::sregex_iterator(out.out.begin(), out.out.end(), kChar); it != std::sregex_iterator(); ++it)
    chars.push_back({std::stod((*it)[1]), std::stod((*it)[2])});
  return chars;
}

std::string extractText(const std::string& pdf) {
  std::string out = run("pdftotext -enc UTF-8 " + quote(pdf) + " -").out;
  while (!out.empty() && (out.back() == '\n' || out.back() == '\f')) out.pop_back();
  return out;
}

std::string writeNative(const display::Document& doc, const std::string& name = "page.pdf") {
  std::string path = tempDir() + "/" + name;
  pdf::writeDocument(doc, path);
  return path;
}

// Irregular spacing (as justification and punctuation compression make it), a raised glyph, a second
// line in the same text object and a run in another size.
display::Document irregularRuns() {
  display::Document doc;
  display::Page& page = addTextPage(doc, kNoto, "醴陵市上半年经济社会发展综述", 10.5);
  auto& first = std::get<display::GlyphRun>(page.items[0]);
  for (size_t i = 0; i < first.glyphs.size(); ++i) first.glyphs[i].x += 0.37 * i + 0.011 * (i % 3);
  first.glyphs[4].y = -2.25;
  const int font = first.font;
  page.items.push_back(shapeRun(kNoto, font, "规上工业增加值增长", 10.5, {36, 85.125}));
  page.items.push_back(shapeRun(kNoto, font, "同比增长0.5%", 7.25, {40.5, 99.5}));
  return doc;
}

TEST(NativePdf, PlacesEveryGlyphWhereTheDisplayListSays) {
  const display::Document doc = irregularRuns();
  const std::vector<PlacedChar> chars = placedChars(writeNative(doc));
  std::vector<PlacedChar> expected;
  for (const auto& item : doc.pages[0].items) {
    const auto& r = std::get<display::GlyphRun>(item);
    for (const auto& g : r.glyphs) expected.push_back({r.origin.x + g.x, r.origin.y + g.y});
  }
  ASSERT_EQ(chars.size(), expected.size());
  for (size_t i = 0; i < chars.size(); ++i) {
    // Whole thousandths of an em at 10.5 pt: 0.0053 pt at most, never adding up along a line.
    EXPECT_NEAR(chars[i].x, expected[i].x, 0.006) << "glyph " << i;
    EXPECT_NEAR(chars[i].y, expected[i].y, 0.002) << "glyph " << i;
  }
}

// A glyph drawn for two different texts, two glyphs for one character, and a character drawn with no
// glyph of its own: the ToUnicode map cannot say all of it; /ActualText does.
TEST(NativePdf, TextCopiesOutExactlyWhereGlyphsCannotSayIt) {
  display::Document doc;
  display::Page& page = addTextPage(doc, kNoto, "中文", 12);
  auto& r = std::get<display::GlyphRun>(page.items[0]);
  const display::Glyph zhong = r.glyphs[0], wen = r.glyphs[1];
  r.text = "中文〇字\u00ADX";
  r.glyphs = {zhong, wen, zhong, wen, zhong, zhong};
  for (size_t i = 0; i < r.glyphs.size(); ++i) r.glyphs[i].x = 12.0 * i;
  // 中 | 文 | 〇 drawn with 中's glyph | 字 drawn as two glyphs | soft hyphen with none | X with 中's glyph
  r.clusters = {{3, 1}, {3, 1}, {3, 1}, {3, 2}, {2, 0}, {1, 1}};
  EXPECT_EQ(extractText(writeNative(doc)), r.text);
}

TEST(NativePdf, InvalidClustersAreAnErrorNotMissingText) {
  display::Document doc;
  display::Page& page = addTextPage(doc, kNoto, "中文", 12);
  std::get<display::GlyphRun>(page.items[0]).clusters.pop_back();
  EXPECT_THROW(pdf::documentBytes(doc), ExportError);
}

TEST(NativePdf, JpegGoesInAsItIs) {
  const std::string dir = tempDir(), jpeg = dir + "/photo.jpg";
  writeTestJpeg(jpeg, 64, 48);
  display::Document doc;
  addTextPage(doc, kNoto, "图片说明");
  doc.pages[0].items.push_back(display::Image{jpeg, display::Image::Format::Jpeg, 64, 48, {36, 100, 128, 96}});
  const std::string pdf = writeNative(doc);
  auto list = run("pdfimages -list " + quote(pdf));
  EXPECT_NE(list.out.find("image      64    48  rgb     3   8  jpeg"), std::string::npos) << list.out;
  EXPECT_NE(readFile(pdf).find(readFile(jpeg)), std::string::npos) << "the JPEG's bytes, unchanged";
  EXPECT_EQ(run("qpdf --check " + quote(pdf)).status, 0);
}

TEST(NativePdf, TranslucentPngGetsASoftMaskAndAnOpaqueOneNone) {
  const std::string dir = tempDir();
  cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 20, 10);
  cairo_t* cr = cairo_create(s);
  cairo_set_source_rgba(cr, 0.8, 0.2, 0.1, 0.5);
  cairo_paint(cr);
  cairo_destroy(cr);
  cairo_surface_write_to_png(s, (dir + "/glass.png").c_str());
  cairo_surface_destroy(s);
  writeTestPng(dir + "/solid.png", 20, 10, 0.1, 0.2, 0.3);
  display::Document doc;
  addTextPage(doc, kNoto, "两张图");
  doc.pages[0].items.push_back(display::Image{dir + "/glass.png", display::Image::Format::Png, 20, 10, {36, 100, 40, 20}});
  doc.pages[0].items.push_back(display::Image{dir + "/solid.png", display::Image::Format::Png, 20, 10, {36, 130, 40, 20}});
  auto list = run("pdfimages -list " + quote(writeNative(doc)));
  EXPECT_NE(list.out.find("smask      20    10  gray    1   8  image"), std::string::npos) << list.out;
  int images = 0;
  for (size_t at = 0; (at = list.out.find(" image      20    10  rgb", at)) != std::string::npos; ++at) ++images;
  EXPECT_EQ(images, 2) << list.out;
}

TEST(NativePdf, SameBytesOnOneThreadAndOnMany) {
  display::Document doc = irregularRuns();
  addTextPage(doc, kKai, "楷体的引文，第二页。");
  doc.metadata.creation_time = 1593561600;
  EXPECT_EQ(pdf::documentBytes(doc, {.threads = 1}), pdf::documentBytes(doc, {.threads = 4}));
}

TEST(NativePdf, KeptFontsWriteTheSameBytesAsFreshOnes) {
  const display::Document doc = irregularRuns();
  FaceStore store;
  const std::string fresh = pdf::documentBytes(doc);
  EXPECT_EQ(pdf::documentBytes(doc, {.faces = &store}), fresh);
  EXPECT_EQ(pdf::documentBytes(doc, {.faces = &store}), fresh);  // the second time from the store
}

TEST(NativePdf, StoreKeepsOneEmbeddingPerGlyphSet) {
  FaceStore store;
  const FontUsage some{{10, 20, 30}, {}}, other{{10, 20}, {}};
  auto a = store.embedded(kNoto, some), b = store.embedded(kNoto, some), c = store.embedded(kNoto, other);
  EXPECT_EQ(a.get(), b.get());
  EXPECT_NE(a.get(), c.get());
  EXPECT_EQ(a->codes.size(), 3u);
  EXPECT_EQ(c->codes.size(), 2u);
  EXPECT_NE(a->tag, c->tag) << "two subsets of one font need two names";
}

// The body text of a broadsheet page, as pdf_text_test sets it for Cairo.
TEST(NativePdf, ManyHanziPageIsNoLargerThanCairos) {
  display::Document doc;
  const int font = doc.internFont(kNoto);
  display::Page page;
  page.width = 842, page.height = 1191;
  const std::string text = commonHanzi(1200);
  for (int line = 0; line < 30; ++line) {
    std::string piece;
    for (int k = 0; k < 40; ++k) piece += text.substr(static_cast<size_t>((line * 40 + k) % 1200) * 3, 3);
    page.items.push_back(shapeRun(kNoto, font, piece, 9, {20, 30 + 9.5 * line}));
  }
  doc.pages.push_back(std::move(page));
  const size_t native = pdf::documentBytes(doc).size(), cairo = pdfBytes(doc).size();
  std::printf("1,200 hanzi: native %zu bytes, Cairo %zu bytes\n", native, cairo);
  EXPECT_LE(native, cairo);
}

}  // namespace
}  // namespace banmian::exporter::test
