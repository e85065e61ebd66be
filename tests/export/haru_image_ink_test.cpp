// The print backend's images (JPEG passed through, PNG embedded, cover crop) and its ink: body text
// must print on the black plate alone.
#include <gtest/gtest.h>

#include "export/haru_backend.h"
#include "haru_test_support.h"
#include "test_support.h"

namespace banmian::exporter::test {
namespace {

TEST(HaruImage, JpegIsPassedThroughOnce) {
  std::string dir = tempDir();
  writeTestJpeg(dir + "/photo.jpg", 64, 48);
  display::Image photo{dir + "/photo.jpg", display::Image::Format::Jpeg, 64, 48, {10, 10, 80, 80}};
  std::string pdf = dir + "/out.pdf";
  writeHaruPdf(pageOf({photo, photo}), pdf);
  EXPECT_EQ(run("qpdf --check " + quote(pdf)).status, 0);
  auto list = run("pdfimages -list " + quote(pdf));
  EXPECT_NE(list.out.find("jpeg"), std::string::npos) << list.out;
  std::string bytes = readFile(pdf), jpeg = readFile(dir + "/photo.jpg");
  size_t first = bytes.find(jpeg);
  ASSERT_NE(first, std::string::npos) << "JPEG bytes not found verbatim";
  EXPECT_EQ(bytes.find(jpeg, first + 1), std::string::npos) << "JPEG embedded twice";
}

// A 20x10 black PNG in a 50x50 frame at (50, 50): cover scales it by 5 to 100x50, centred, cropped.
TEST(HaruImage, PngCoversItsFrameAndIsClippedToIt) {
  std::string dir = tempDir();
  writeTestPng(dir + "/wide.png", 20, 10, 0, 0, 0);
  std::string pdf = dir + "/out.pdf";
  writeHaruPdf(pageOf({display::Image{dir + "/wide.png", display::Image::Format::Png, 20, 10, {50, 50, 50, 50}}}),
               pdf);
  auto list = run("pdfimages -list " + quote(pdf));
  EXPECT_NE(list.out.find("image      20    10  rgb"), std::string::npos) << list.out;
  GreyImage page = rasterise(pdf, 72);
  EXPECT_LT(page.at(51, 51), 20);   // frame corners covered
  EXPECT_LT(page.at(98, 98), 20);
  EXPECT_GT(page.at(45, 75), 235);  // cropped left and right of the frame
  EXPECT_GT(page.at(105, 75), 235);
}

TEST(HaruImage, UnreadableImageIsAnErrorNamingIt) {
  std::string dir = tempDir();
  std::string pdf = dir + "/out.pdf";
  try {
    writeHaruPdf(pageOf({display::Image{dir + "/missing.jpg", display::Image::Format::Jpeg, 1, 1, {0, 0, 9, 9}}}),
                 pdf);
    FAIL() << "no error";
  } catch (const ExportError& e) {
    EXPECT_NE(std::string(e.what()).find("missing.jpg"), std::string::npos) << e.what();
  }
  EXPECT_FALSE(banmian::testing::exists(pdf));
}

display::Document bodyTextPage(Color color) {
  display::FontFace song{"/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0, "AR PL SungtiL GB"};
  display::Document doc;
  int font = doc.internFont(song);
  display::Page page;
  page.width = 300, page.height = 200;
  for (int line = 0; line < 10; ++line) {
    display::GlyphRun run = shapeRun(song, font, commonHanzi(26).substr(line * 3 * 2, 13 * 3), 9, {20, 30.0 + 13 * line});
    run.color = color;
    page.items.push_back(run);
  }
  doc.pages.push_back(page);
  return doc;
}

TEST(HaruInk, BodyTextPrintsOnTheBlackPlateOnly) {
  std::string pdf = tempDir() + "/body.pdf";
  writeHaruPdf(bodyTextPage(Color::black()), pdf);
  auto ink = inkCoverage(pdf);
  EXPECT_EQ(ink["C"], 0);
  EXPECT_EQ(ink["M"], 0);
  EXPECT_EQ(ink["Y"], 0);
  EXPECT_GT(ink["K"], 0.001);  // the text is there
}

TEST(HaruInk, ColouredTextDoesUseColourPlates) {  // the check above can fail
  std::string pdf = tempDir() + "/red.pdf";
  writeHaruPdf(bodyTextPage(Color::rgb(0xb0 / 255.0, 0x27 / 255.0, 0x2d / 255.0)), pdf);
  auto ink = inkCoverage(pdf);
  EXPECT_GT(ink["M"], 0.001);
  EXPECT_GT(ink["Y"], 0.001);
}

}  // namespace
}  // namespace banmian::exporter::test
