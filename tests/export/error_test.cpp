// Failures throw ExportError naming the file and leave nothing behind.
#include <dirent.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include "export/cairo_backend.h"
#include "test_support.h"

namespace banmian::exporter::test {
namespace {

int entries(const std::string& dir) {
  int n = 0;
  DIR* d = opendir(dir.c_str());
  while (dirent* e = readdir(d)) n += e->d_name[0] != '.';
  closedir(d);
  return n;
}

display::Document onePage() {
  display::Document doc;
  addTextPage(doc, {kNotoSerif, kNotoSerifScIndex, "Noto Serif CJK SC"}, "错误");
  return doc;
}

template <typename F>
std::string errorOf(F f) {
  try {
    f();
  } catch (const ExportError& e) {
    return e.what();
  }
  return "(no ExportError)";
}

TEST(Errors, MissingDirectoryThrowsAndLeavesNothing) {
  std::string dir = tempDir();
  std::string path = dir + "/missing/out.pdf";
  EXPECT_NE(errorOf([&] { writePdf(onePage(), path); }).find(path), std::string::npos);
  EXPECT_NE(errorOf([&] { writePng(onePage(), 0, 72, dir + "/missing/out.png"); }).find("out.png"),
            std::string::npos);
  EXPECT_EQ(entries(dir), 0);
}

TEST(Errors, BadImageThrowsNamingItAndWritesNothing) {
  std::string dir = tempDir();
  FILE* f = fopen((dir + "/broken.jpg").c_str(), "wb");
  fputs("not a jpeg", f);
  fclose(f);
  display::Document doc = onePage();
  doc.pages[0].items.push_back(
      display::Image{dir + "/broken.jpg", display::Image::Format::Jpeg, 1, 1, {0, 0, 9, 9}});
  std::string message = errorOf([&] { writePdf(doc, dir + "/out.pdf"); });
  EXPECT_NE(message.find("broken.jpg"), std::string::npos) << message;
  EXPECT_NE(message.find("out.pdf"), std::string::npos) << message;
  doc.pages[0].items.back() =
      display::Image{dir + "/gone.png", display::Image::Format::Png, 1, 1, {0, 0, 9, 9}};
  EXPECT_NE(errorOf([&] { writePng(doc, 0, 72, dir + "/out.png"); }).find("gone.png"), std::string::npos);
  EXPECT_EQ(entries(dir), 1);  // only broken.jpg
}

TEST(Errors, UnloadableFontThrowsNamingIt) {
  std::string dir = tempDir();
  display::Document doc = onePage();
  doc.fonts[0].file = dir + "/nofont.ttf";
  EXPECT_NE(errorOf([&] { writePdf(doc, dir + "/out.pdf"); }).find("nofont.ttf"), std::string::npos);
  EXPECT_EQ(entries(dir), 0);
}

TEST(Errors, PageOutOfRangeThrows) {
  std::string dir = tempDir();
  EXPECT_NE(errorOf([&] { writeSvg(onePage(), 3, dir + "/out.svg"); }).find("out.svg"), std::string::npos);
}

TEST(Errors, ExistingFileIsReplacedWhole) {
  std::string dir = tempDir();
  FILE* f = fopen((dir + "/out.pdf").c_str(), "wb");
  fputs("old", f);
  fclose(f);
  writePdf(onePage(), dir + "/out.pdf");
  EXPECT_EQ(readFile(dir + "/out.pdf").rfind("%PDF-", 0), 0u);
  EXPECT_EQ(entries(dir), 1);
}

}  // namespace
}  // namespace banmian::exporter::test
