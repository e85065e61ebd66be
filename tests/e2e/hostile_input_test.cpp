// Hostile input through the command line: images over the pixel limit or damaged, absurd dates and
// limits. Each ends in a located error naming the limit, never in a wrong page or a crash.
#include <gtest/gtest.h>

// clang-format off
#include <cstdio>
#include <jpeglib.h>
// clang-format on

#include <chrono>
#include <fstream>
#include <vector>

#include "process.h"

namespace banmian::e2e {
namespace {

std::string layout() { return repo("layouts/broadsheet-feature.yaml"); }

std::string render(const std::string& data_file, const std::string& pdf) {
  return quote(banmian()) + " render " + quote(layout()) + " " + quote(data_file) + " -o " + quote(pdf);
}

void writeJpeg(const std::string& path, int width, int height) {
  FILE* out = std::fopen(path.c_str(), "wb");
  jpeg_compress_struct cinfo{};
  jpeg_error_mgr errors{};
  cinfo.err = jpeg_std_error(&errors);
  jpeg_create_compress(&cinfo);
  jpeg_stdio_dest(&cinfo, out);
  cinfo.image_width = static_cast<JDIMENSION>(width);
  cinfo.image_height = static_cast<JDIMENSION>(height);
  cinfo.input_components = 3;
  cinfo.in_color_space = JCS_RGB;
  jpeg_set_defaults(&cinfo);
  jpeg_start_compress(&cinfo, TRUE);
  std::vector<JSAMPLE> row(static_cast<size_t>(width) * 3);
  while (cinfo.next_scanline < cinfo.image_height) {
    for (size_t i = 0; i < row.size(); ++i) row[i] = static_cast<JSAMPLE>((i * 7 + cinfo.next_scanline * 3) % 256);
    JSAMPROW rows[1] = {row.data()};
    jpeg_write_scanlines(&cinfo, rows, 1);
  }
  jpeg_finish_compress(&cinfo);
  jpeg_destroy_compress(&cinfo);
  std::fclose(out);
}

// The example data in a folder of its own, with photo 'hero' naming `photo` (in that folder).
std::string dataWithPhoto(const std::string& dir, const std::string& photo) {
  std::string text = readFile(repo("data/liling-2020h1.yaml"));
  const std::string hero = "{id: hero, caption: 中国陶瓷谷}";
  text.replace(text.find(hero), hero.size(), "{id: hero, caption: 中国陶瓷谷, file: " + photo + "}");
  std::ofstream(dir + "/data.yaml") << text;
  std::ofstream(dir + "/liling-2020h1.md") << readFile(repo("data/liling-2020h1.md"));
  return dir + "/data.yaml";
}

TEST(HostileImages, ATinyFileDeclaringAHugeImageIsRefusedAtOnce) {
  // SOI, then a baseline start-of-frame declaring 30000x30000 pixels, then nothing.
  std::string dir = tempDir();
  const unsigned char kHeader[] = {0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x75, 0x30, 0x75, 0x30, 0x03,
                                   0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xFF, 0xD9};
  std::ofstream(dir + "/bomb.jpg", std::ios::binary).write(reinterpret_cast<const char*>(kHeader), sizeof kHeader);
  auto start = std::chrono::steady_clock::now();
  Result r = run(render(dataWithPhoto(dir, "bomb.jpg"), dir + "/out.pdf"));
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("data.yaml:33:5: error: image '" + dir + "/bomb.jpg' has 30000x30000 = 900000000 pixels, "
                       "which exceeds the limit 'image-pixels' (100000000 pixels in one image; raise it with "
                       "--limit image-pixels=N)"),
            std::string::npos)
      << r.err;
  EXPECT_FALSE(exists(dir + "/out.pdf"));
}

TEST(HostileImages, TheLimitCanBeRaisedOrLowered) {
  std::string dir = tempDir();
  writeJpeg(dir + "/photo.jpg", 64, 48);
  std::string data = dataWithPhoto(dir, "photo.jpg");
  Result lowered = run(render(data, dir + "/out.pdf") + " --limit image-pixels=1000");
  EXPECT_EQ(lowered.status, 1);
  EXPECT_NE(lowered.err.find("64x48 = 3072 pixels, which exceeds the limit 'image-pixels' (1000 pixels"),
            std::string::npos)
      << lowered.err;
  EXPECT_EQ(run(render(data, dir + "/out.pdf")).status, 0);
  Result unknown = run(render(data, dir + "/out.pdf") + " --limit pixels=9");
  EXPECT_EQ(unknown.status, 2);
  EXPECT_NE(unknown.err.find("unknown limit 'pixels' (limits: image-pixels,"), std::string::npos) << unknown.err;
}

TEST(HostileImages, ATruncatedJpegIsRefused) {
  std::string dir = tempDir();
  writeJpeg(dir + "/photo.jpg", 200, 150);
  std::string bytes = readFile(dir + "/photo.jpg");
  std::ofstream(dir + "/photo.jpg", std::ios::binary | std::ios::trunc) << bytes.substr(0, bytes.size() / 2);
  Result r = run(render(dataWithPhoto(dir, "photo.jpg"), dir + "/out.pdf"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("data.yaml:33:5: error: image '" + dir + "/photo.jpg' is damaged: Premature end of JPEG file"),
            std::string::npos)
      << r.err;
}

TEST(HostileImages, ABrokenPngSaysWhatIsWrong) {
  std::string dir = tempDir();
  ASSERT_EQ(run(render(repo("data/liling-2020h1.yaml"), dir + "/page.pdf") + " --png " + quote(dir + "/photo.png") +
                " --dpi 10").status, 0);
  std::string bytes = readFile(dir + "/photo.png");
  bytes[bytes.size() / 2] ^= 0x55;  // inside the image data: its CRC no longer matches
  std::ofstream(dir + "/photo.png", std::ios::binary | std::ios::trunc) << bytes;
  Result r = run(render(dataWithPhoto(dir, "photo.png"), dir + "/out.pdf"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("photo.png' is damaged: "), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("out of memory"), std::string::npos) << r.err;
}

TEST(HostileValues, ATitleTooLongForItsLineSaysHowLong) {
  std::string dir = tempDir();
  std::string text = readFile(repo("data/liling-2020h1.yaml"));
  const std::string title = "title: 在危机中育新机";
  std::string longer;
  for (int i = 0; i < 40; ++i) longer += "在危机中育新机";
  text.replace(text.find(title), title.size(), "title: " + longer);
  std::ofstream(dir + "/data.yaml") << text;
  std::ofstream(dir + "/liling-2020h1.md") << readFile(repo("data/liling-2020h1.md"));
  Result r = run(render(dir + "/data.yaml", dir + "/out.pdf"));
  EXPECT_EQ(r.status, 1);
  // Display type too long even at its min-size wraps; here the title's frame then has no room for the lines.
  EXPECT_NE(r.err.find("error: the text of frame 'title' does not fit: "), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("it would need"), std::string::npos) << r.err;
}

TEST(HostileValues, AHugeTitleIsALimitNotAPangoCritical) {
  std::string dir = tempDir();
  std::string text = readFile(layout());
  const std::string title = "size: 60pt, leading: 72pt";
  text.replace(text.find(title), title.size(), "size: 1e9pt, leading: 72pt");
  std::ofstream(dir + "/layout.yaml") << text;
  Result r = run(quote(banmian()) + " render " + quote(dir + "/layout.yaml") + " " +
                 quote(repo("data/liling-2020h1.yaml")) + " -o " + quote(dir + "/out.pdf"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("layout.yaml:33:45: error: 'size' of 1000000000pt exceeds the limit 'font-size'"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find("CRITICAL"), std::string::npos) << r.err;
}

TEST(HostileValues, ADateBeyondTheLastPdfDateIsRefused) {
  std::string dir = tempDir();
  for (const char* epoch : {"99999999999999999999", "253402300800"}) {
    Result r = run(std::string("SOURCE_DATE_EPOCH=") + epoch + " " + render(repo("data/liling-2020h1.yaml"), dir + "/o.pdf"));
    EXPECT_EQ(r.status, 1) << epoch;
    EXPECT_NE(r.err.find("SOURCE_DATE_EPOCH: error: '" + std::string(epoch) + "' is after 9999-12-31T23:59:59Z"),
              std::string::npos)
        << r.err;
  }
  EXPECT_EQ(run("SOURCE_DATE_EPOCH=253402300799 " + render(repo("data/liling-2020h1.yaml"), dir + "/o.pdf")).status, 0);
}

}  // namespace
}  // namespace banmian::e2e
