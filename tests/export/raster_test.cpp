// PNG and SVG output, paths and clips, checked on the rendered pixels.
#include <cairo.h>
#include <gtest/gtest.h>

#include "export/cairo_backend.h"
#include "test_support.h"

namespace banmian::exporter::test {
namespace {

struct Png {
  explicit Png(const std::string& path) : s(cairo_image_surface_create_from_png(path.c_str())) {}
  ~Png() { cairo_surface_destroy(s); }
  int width() const { return cairo_image_surface_get_width(s); }
  int height() const { return cairo_image_surface_get_height(s); }
  uint32_t at(int x, int y) const {
    auto* row = cairo_image_surface_get_data(s) + y * cairo_image_surface_get_stride(s);
    return reinterpret_cast<uint32_t*>(row)[x] & 0xFFFFFF;
  }
  cairo_surface_t* s;
};

display::Path filledRect(Rect r, Color c) {
  display::Path p = display::Path::rect(r);
  p.fill = display::Fill{c};
  return p;
}

display::Document pageWith(std::vector<display::Item> items) {
  display::Document doc;
  doc.pages.push_back({100, 50, std::move(items)});
  return doc;
}

TEST(Raster, PngHasPixelSizeForDpi) {
  std::string dir = tempDir();
  display::Document doc = pageWith({});
  writePng(doc, 0, 144, dir + "/p.png");
  Png png(dir + "/p.png");
  EXPECT_EQ(png.width(), 200);
  EXPECT_EQ(png.height(), 100);
  EXPECT_EQ(png.at(10, 10), 0xFFFFFFu);  // white paper
}

TEST(Raster, FilledRectLandsWhereItShould) {
  std::string dir = tempDir();
  writePng(pageWith({filledRect({10, 20, 30, 10}, Color::rgb(0, 0, 1))}), 0, 144, dir + "/p.png");
  Png png(dir + "/p.png");  // 2 px per point: the rect covers x 20..80, y 40..60
  EXPECT_EQ(png.at(21, 41), 0x0000FFu);
  EXPECT_EQ(png.at(78, 58), 0x0000FFu);
  EXPECT_EQ(png.at(18, 50), 0xFFFFFFu);
  EXPECT_EQ(png.at(50, 62), 0xFFFFFFu);
}

TEST(Raster, CmykFillUsesNaiveConversionAndStrokeDraws) {
  std::string dir = tempDir();
  display::Path line = display::Path::line({0, 45}, {100, 45});
  line.stroke = display::Stroke{};
  line.stroke->width = 2;
  line.stroke->color = Color::rgb(0, 1, 0);
  writePng(pageWith({filledRect({0, 0, 50, 20}, Color::cmyk(0, 1, 1, 0)), line}), 0, 72, dir + "/p.png");
  Png png(dir + "/p.png");
  EXPECT_EQ(png.at(25, 10), 0xFF0000u);
  EXPECT_EQ(png.at(50, 45), 0x00FF00u);
}

TEST(Raster, ClipRestrictsUntilPopClip) {
  std::string dir = tempDir();
  writePng(pageWith({display::PushClip{display::Path::rect({0, 0, 50, 50})},
                     filledRect({0, 0, 100, 25}, Color::black()), display::PopClip{},
                     filledRect({0, 25, 100, 25}, Color::black())}),
           0, 72, dir + "/p.png");
  Png png(dir + "/p.png");
  EXPECT_EQ(png.at(25, 10), 0x000000u);
  EXPECT_EQ(png.at(75, 10), 0xFFFFFFu);  // clipped away
  EXPECT_EQ(png.at(75, 40), 0x000000u);  // drawn after PopClip
}

TEST(Raster, EvenOddLeavesAHole) {
  std::string dir = tempDir();
  display::Path ring = display::Path::rect({0, 0, 50, 50});
  display::Path inner = display::Path::rect({10, 10, 30, 30});
  ring.ops.insert(ring.ops.end(), inner.ops.begin(), inner.ops.end());
  ring.fill = display::Fill{Color::black(), display::Fill::Rule::EvenOdd};
  writePng(pageWith({ring}), 0, 72, dir + "/p.png");
  Png png(dir + "/p.png");
  EXPECT_EQ(png.at(5, 5), 0x000000u);
  EXPECT_EQ(png.at(25, 25), 0xFFFFFFu);
}

TEST(Raster, GlyphsRenderInPng) {
  std::string dir = tempDir();
  display::Document doc;
  addTextPage(doc, {kNotoSerif, kNotoSerifScIndex, "Noto Serif CJK SC"}, "国国国国", 40, 300, 120);
  writePng(doc, 0, 72, dir + "/p.png");
  Png png(dir + "/p.png");
  int dark = 0;
  for (int y = 30; y < 80; ++y)
    for (int x = 36; x < 196; ++x) dark += png.at(x, y) == 0 ? 1 : 0;
  EXPECT_GT(dark, 500);
}

TEST(Raster, SvgIsWritten) {
  std::string dir = tempDir();
  display::Document doc;
  addTextPage(doc, {kKaiti, 0, "AR PL KaitiM GB"}, "楷体", 20, 200, 100);
  doc.pages[0].items.push_back(filledRect({10, 10, 20, 20}, Color::black()));
  writeSvg(doc, 0, dir + "/p.svg");
  std::string svg = readFile(dir + "/p.svg");
  EXPECT_EQ(svg.rfind("<?xml", 0), 0u);
  EXPECT_NE(svg.find("<svg"), std::string::npos);
  EXPECT_NE(svg.find("width=\"200pt\""), std::string::npos);
  EXPECT_NE(svg.find("<symbol"), std::string::npos);  // glyph outlines
}

}  // namespace
}  // namespace banmian::exporter::test
