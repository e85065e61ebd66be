// Raster images: JPEG passed through to the PDF unchanged, PNG embedded, object-fit cover.
#include <cairo.h>
#include <gtest/gtest.h>

#include "export/cairo_backend.h"
#include "test_support.h"

namespace banmian::exporter::test {
namespace {

display::Document imagePage(const std::string& file, display::Image::Format format, int w, int h,
                            Rect frame) {
  display::Document doc;
  display::Page page;
  page.width = 200, page.height = 200;
  page.items.push_back(display::Image{file, format, w, h, frame});
  doc.pages.push_back(page);
  return doc;
}

TEST(Image, JpegIsEmbeddedUnchanged) {
  std::string dir = tempDir();
  writeTestJpeg(dir + "/photo.jpg", 64, 48);
  // Placed twice: decoded once, embedded once.
  display::Document doc =
      imagePage(dir + "/photo.jpg", display::Image::Format::Jpeg, 64, 48, {10, 10, 80, 80});
  doc.pages[0].items.push_back(doc.pages[0].items[0]);
  writePdf(doc, dir + "/out.pdf");
  auto list = run("pdfimages -list " + quote(dir + "/out.pdf"));
  ASSERT_EQ(list.status, 0);
  EXPECT_NE(list.out.find("jpeg"), std::string::npos) << list.out;
  std::string jpeg = readFile(dir + "/photo.jpg");
  EXPECT_NE(readFile(dir + "/out.pdf").find(jpeg), std::string::npos) << "JPEG bytes not found verbatim";
  EXPECT_EQ(run("qpdf --check " + quote(dir + "/out.pdf")).status, 0);
}

TEST(Image, PngIsEmbedded) {
  std::string dir = tempDir();
  writeTestPng(dir + "/chart.png", 30, 20, 1, 0, 0);
  writePdf(imagePage(dir + "/chart.png", display::Image::Format::Png, 30, 20, {10, 10, 90, 60}),
           dir + "/out.pdf");
  auto list = run("pdfimages -list " + quote(dir + "/out.pdf"));
  ASSERT_EQ(list.status, 0);
  EXPECT_NE(list.out.find("image      30    20  rgb"), std::string::npos) << list.out;
}

uint32_t pixel(cairo_surface_t* s, int x, int y) {
  auto* row = cairo_image_surface_get_data(s) + y * cairo_image_surface_get_stride(s);
  return reinterpret_cast<uint32_t*>(row)[x] & 0xFFFFFF;
}

// A 20x10 red PNG in a 50x50 frame: cover scales it by 5 (to 100x50), centred, cropped to the frame.
TEST(Image, CoverFillsAndIsClippedToTheFrame) {
  std::string dir = tempDir();
  writeTestPng(dir + "/wide.png", 20, 10, 1, 0, 0);
  writePng(imagePage(dir + "/wide.png", display::Image::Format::Png, 20, 10, {50, 50, 50, 50}), 0, 72,
           dir + "/out.png");
  cairo_surface_t* s = cairo_image_surface_create_from_png((dir + "/out.png").c_str());
  ASSERT_EQ(cairo_surface_status(s), CAIRO_STATUS_SUCCESS);
  EXPECT_EQ(pixel(s, 51, 51), 0xFF0000u);
  EXPECT_EQ(pixel(s, 98, 98), 0xFF0000u);
  EXPECT_EQ(pixel(s, 45, 75), 0xFFFFFFu);   // left of the frame: cropped
  EXPECT_EQ(pixel(s, 105, 75), 0xFFFFFFu);  // right of the frame: cropped
  cairo_surface_destroy(s);
}

}  // namespace
}  // namespace banmian::exporter::test
