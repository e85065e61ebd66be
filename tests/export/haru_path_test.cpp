// The print backend's paths and clips: every path operator, fill rules, stroke attributes, dashes,
// clipping, and CMYK colour operators, checked in the decompressed content stream and on a raster.
#include <gtest/gtest.h>

#include <regex>

#include "export/haru_backend.h"
#include "haru_test_support.h"
#include "test_support.h"

namespace banmian::exporter::test {
namespace {

using display::Fill;
using display::Path;
using display::PathOp;
using display::Stroke;

// Everything between "stream" and "endstream" of the page's content, operators one per line.
std::string writeAndDecompress(const display::Document& doc) {
  std::string pdf = tempDir() + "/page.pdf";
  writeHaruPdf(doc, pdf);
  EXPECT_EQ(run("qpdf --check " + quote(pdf)).status, 0);
  return decompressedPdf(pdf);
}

bool hasLine(const std::string& pdf, const std::string& pattern) {
  return std::regex_search(pdf, std::regex("(^|\n)" + pattern + "\n"));
}

// A closed shape with a move, a line, a curve and a close; page y is down, PDF y is up (200 − y).
Path everyOperator() {
  Path p;
  p.ops = {{PathOp::Kind::MoveTo, {{10, 20}}},
           {PathOp::Kind::LineTo, {{110, 20}}},
           {PathOp::Kind::CurveTo, {{130, 40}, {130, 80}, {110, 100}}},
           {PathOp::Kind::Close, {}}};
  return p;
}

TEST(HaruPath, WritesEachOperatorAtFlippedCoordinates) {
  Path p = everyOperator();
  p.fill = Fill{Color::rgb(0, 0, 0)};
  std::string pdf = writeAndDecompress(pageOf({p}));
  EXPECT_TRUE(hasLine(pdf, "10 180 m")) << pdf;
  EXPECT_TRUE(hasLine(pdf, "110 180 l"));
  EXPECT_TRUE(hasLine(pdf, "130 160 130 120 110 100 c"));
  EXPECT_TRUE(hasLine(pdf, "h"));
  EXPECT_TRUE(hasLine(pdf, "f"));
}

TEST(HaruPath, FillRulesAndFillWithStroke) {
  Path nonzero = everyOperator(), evenodd = everyOperator(), both = everyOperator(), both_eo = everyOperator();
  nonzero.fill = Fill{Color::black(), Fill::Rule::NonZero};
  evenodd.fill = Fill{Color::black(), Fill::Rule::EvenOdd};
  both.fill = Fill{Color::black()};
  both.stroke = Stroke{};
  both_eo.fill = Fill{Color::black(), Fill::Rule::EvenOdd};
  both_eo.stroke = Stroke{};
  EXPECT_TRUE(hasLine(writeAndDecompress(pageOf({nonzero})), "f"));
  EXPECT_TRUE(hasLine(writeAndDecompress(pageOf({evenodd})), "f\\*"));
  EXPECT_TRUE(hasLine(writeAndDecompress(pageOf({both})), "B"));
  EXPECT_TRUE(hasLine(writeAndDecompress(pageOf({both_eo})), "B\\*"));
}

TEST(HaruPath, StrokeWidthCapsJoins) {
  Path p = Path::line({10, 10}, {190, 10});
  p.stroke = Stroke{2.5, Color::black(), Stroke::Cap::Round, Stroke::Join::Bevel};
  Path q = Path::line({10, 30}, {190, 30});
  q.stroke = Stroke{1, Color::black(), Stroke::Cap::Square, Stroke::Join::Round};
  std::string pdf = writeAndDecompress(pageOf({p, q}));
  EXPECT_TRUE(hasLine(pdf, "2.5 w"));
  EXPECT_TRUE(hasLine(pdf, "1 J"));  // round cap
  EXPECT_TRUE(hasLine(pdf, "2 j"));  // bevel join
  EXPECT_TRUE(hasLine(pdf, "2 J"));  // projecting square cap
  EXPECT_TRUE(hasLine(pdf, "1 j"));  // round join
  EXPECT_TRUE(hasLine(pdf, "S"));
}

TEST(HaruPath, DashesWholeAndFractionalStayWithTheirPath) {
  Path whole = Path::line({10, 10}, {190, 10});
  whole.stroke = Stroke{1, Color::black(), Stroke::Cap::Butt, Stroke::Join::Miter, {3, 2}};
  Path fractional = Path::line({10, 30}, {190, 30});  // libharu's SetDash takes whole numbers only
  fractional.stroke = Stroke{1, Color::black(), Stroke::Cap::Round, Stroke::Join::Miter, {0, 1.5}};
  Path solid = Path::line({10, 50}, {190, 50});
  solid.stroke = Stroke{};
  std::string pdf = writeAndDecompress(pageOf({whole, fractional, solid}));
  EXPECT_TRUE(hasLine(pdf, "\\[3 2 ?\\] 0 d")) << pdf;
  EXPECT_TRUE(hasLine(pdf, "\\[0.0000 1.5000\\] 0 d")) << pdf;
  // Each dash is inside q … Q, so the solid line after them is solid.
  EXPECT_TRUE(std::regex_search(pdf, std::regex("\\] 0 d\n(.*\n)*?S\nQ\n")));
}

TEST(HaruPath, ClipLimitsDrawingUntilPopped) {
  Path clip = Path::rect({50, 50, 100, 100});
  Path square = Path::rect({0, 0, 200, 200});
  square.fill = Fill{Color::black()};
  Path after = Path::rect({0, 0, 20, 20});  // drawn after PopClip: not clipped
  after.fill = Fill{Color::black()};
  std::string pdf = tempDir() + "/clip.pdf";
  writeHaruPdf(pageOf({display::PushClip{clip}, square, display::PopClip{}, after}), pdf);
  EXPECT_TRUE(hasLine(decompressedPdf(pdf), "W n") || hasLine(decompressedPdf(pdf), "W\nn"));
  GreyImage page = rasterise(pdf, 72);
  EXPECT_LT(page.at(100, 100), 20);   // inside the clip: black
  EXPECT_GT(page.at(30, 100), 235);   // outside the clip: paper
  EXPECT_GT(page.at(170, 170), 235);
  EXPECT_LT(page.at(10, 10), 20);     // after PopClip: drawn
}

TEST(HaruPath, EvenOddClip) {
  Path ring = Path::rect({20, 20, 160, 160});
  for (const auto& op : Path::rect({70, 70, 60, 60}).ops) ring.ops.push_back(op);
  ring.fill = Fill{Color::black(), Fill::Rule::EvenOdd};  // the clip's rule comes from its fill
  Path square = Path::rect({0, 0, 200, 200});
  square.fill = Fill{Color::black()};
  std::string pdf = tempDir() + "/ring.pdf";
  writeHaruPdf(pageOf({display::PushClip{ring}, square, display::PopClip{}}), pdf);
  GreyImage page = rasterise(pdf, 72);
  EXPECT_LT(page.at(40, 40), 20);    // in the ring
  EXPECT_GT(page.at(100, 100), 235);  // the hole
}

TEST(HaruPath, PopClipWithoutPushIsAnError) {
  std::string pdf = tempDir() + "/bad.pdf";
  EXPECT_THROW(writeHaruPdf(pageOf({display::PopClip{}}), pdf), ExportError);
  EXPECT_FALSE(banmian::testing::exists(pdf));
}

TEST(HaruColour, GreyIsKOnlyAndNoRgbOperatorIsWritten) {
  Path rule = Path::line({10, 10}, {190, 10});
  rule.stroke = Stroke{0.3, Color::rgb(0x77 / 255.0, 0x77 / 255.0, 0x77 / 255.0)};
  Path red = Path::rect({10, 20, 50, 50});
  red.fill = Fill{Color::rgb(1, 0, 0)};
  Path given = Path::rect({70, 20, 50, 50});
  given.fill = Fill{Color::cmyk(0.1, 0.2, 0.3, 0.4)};
  std::string pdf = writeAndDecompress(pageOf({rule, red, given}));
  EXPECT_TRUE(hasLine(pdf, "0 0 0 0.533[0-9]* K")) << pdf;
  EXPECT_TRUE(hasLine(pdf, "0 1 1 0 k"));
  EXPECT_TRUE(hasLine(pdf, "0.1 0.2 0.3 0.4 k"));
  EXPECT_FALSE(std::regex_search(pdf, std::regex(" (rg|RG)\n")));
}

TEST(HaruColour, RgbToCmykFormula) {
  double c, m, y, k;
  Color::rgb(0.25, 0.25, 0.25).toCmyk(c, m, y, k);
  EXPECT_EQ(c + m + y, 0);
  EXPECT_DOUBLE_EQ(k, 0.75);
  Color::rgb(0xb0 / 255.0, 0x27 / 255.0, 0x2d / 255.0).toCmyk(c, m, y, k);  // the layout's red
  EXPECT_NEAR(k, 1 - 0xb0 / 255.0, 1e-12);
  EXPECT_DOUBLE_EQ(c, 0);
  EXPECT_NEAR(m, (0xb0 - 0x27) / 176.0, 1e-12);
  EXPECT_NEAR(y, (0xb0 - 0x2d) / 176.0, 1e-12);
  // Round trip through the Cairo backend's CMYK -> RGB.
  double r, g, b;
  Color::cmyk(c, m, y, k).toRgb(r, g, b);
  EXPECT_NEAR(r, 0xb0 / 255.0, 1e-12);
  EXPECT_NEAR(g, 0x27 / 255.0, 1e-12);
  EXPECT_NEAR(b, 0x2d / 255.0, 1e-12);
  Color::cmyk(0.1, 0.2, 0.3, 0.4).toCmyk(c, m, y, k);  // CMYK passes through untouched
  EXPECT_DOUBLE_EQ(c, 0.1);
  EXPECT_DOUBLE_EQ(k, 0.4);
}

}  // namespace
}  // namespace banmian::exporter::test
