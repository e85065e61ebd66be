// The command line's contract: exit status 0 ok, 1 bad input, 2 usage; located errors; no half-written files.
#include <gtest/gtest.h>

#include <fstream>

#include "process.h"

namespace banmian::e2e {
namespace {

std::string layout() { return repo("layouts/broadsheet-feature.yaml"); }
std::string data() { return repo("data/liling-2020h1.yaml"); }

std::string render(const std::string& layout_file, const std::string& data_file, const std::string& pdf) {
  return quote(banmian()) + " render " + quote(layout_file) + " " + quote(data_file) + " -o " + quote(pdf);
}

void write(const std::string& path, const std::string& text) { std::ofstream(path) << text; }

TEST(CommandLine, VersionAndHelp) {
  Result v = run(quote(banmian()) + " --version");
  EXPECT_EQ(v.status, 0);
  EXPECT_NE(v.out.find("banmian "), std::string::npos) << v.out;
  Result h = run(quote(banmian()) + " render --help");
  EXPECT_EQ(h.status, 0);
  EXPECT_NE(h.out.find("--strict"), std::string::npos) << h.out;
}

TEST(CommandLine, UsageErrorsExitWithTwo) {
  EXPECT_EQ(run(quote(banmian())).status, 2);
  EXPECT_EQ(run(quote(banmian()) + " render " + quote(layout()) + " " + quote(data())).status, 2);  // no -o
  EXPECT_EQ(run(quote(banmian()) + " render /no/such.yaml " + quote(data()) + " -o x.pdf").status, 2);
  EXPECT_EQ(run(quote(banmian()) + " frobnicate").status, 2);
}

TEST(CommandLine, BadInputIsALocatedErrorAndExitsWithOne) {
  std::string dir = tempDir();
  std::string bad = dir + "/layout.yaml";
  std::string text = readFile(layout());
  text.replace(text.find("  gutter: 8pt"), 13, "  gutter: 8px");
  write(bad, text);
  Result r = run(render(bad, data(), dir + "/out.pdf"));
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err.rfind(bad + ":", 0), 0u) << r.err;
  EXPECT_NE(r.err.find(": error: "), std::string::npos) << r.err;
  EXPECT_FALSE(exists(dir + "/out.pdf"));
}

TEST(CommandLine, AFailedRunLeavesTheOldOutputUntouched) {
  std::string dir = tempDir();
  std::string pdf = dir + "/out.pdf";
  write(pdf, "previous edition");
  std::string bad = dir + "/data.yaml";
  write(bad, "publication: {paper: 株洲日报, date: 2020-02-30, edition: 3, section: 县域经济}\ntitle: 标题\n"
             "article: missing.md\n");
  EXPECT_EQ(run(render(layout(), bad, pdf)).status, 1);
  EXPECT_EQ(readFile(pdf), "previous edition");
}

TEST(CommandLine, StrictTurnsPlaceholderWarningsIntoErrors) {
  std::string dir = tempDir();
  Result r = run(render(layout(), data(), dir + "/out.pdf") + " --strict");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("liling-2020h1.yaml:34:5: error: photo 'village' names no file"), std::string::npos) << r.err;
  EXPECT_FALSE(exists(dir + "/out.pdf"));
}

TEST(CommandLine, AnUnwritableOutputIsAnErrorNotACrash) {
  Result r = run(render(layout(), data(), "/no/such/dir/out.pdf"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("/no/such/dir/out.pdf"), std::string::npos) << r.err;
}

TEST(CommandLine, PhotosFromDataAreCroppedIntoTheirFrames) {
  // A small PNG made here (we ship no photos): write it with the renderer's own PNG output.
  std::string dir = tempDir();
  ASSERT_EQ(run(render(layout(), data(), dir + "/page.pdf") + " --png " + quote(dir + "/photo.png") + " --dpi 10")
                .status, 0);
  std::string with_photo = dir + "/data.yaml";
  std::string text = readFile(data());
  auto replace = [&](const std::string& from, const std::string& to) { text.replace(text.find(from), from.size(), to); };
  replace("{id: hero, caption: 中国陶瓷谷}", "{id: hero, caption: 中国陶瓷谷, file: photo.png}");
  write(with_photo, text);
  write(dir + "/liling-2020h1.md", readFile(repo("data/liling-2020h1.md")));
  Result r = run(render(layout(), with_photo, dir + "/out.pdf"));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err.find("photo 'hero'"), std::string::npos) << r.err;
  Result images = run("pdfimages -list " + quote(dir + "/out.pdf"));
  EXPECT_NE(images.out.find("image"), std::string::npos) << images.out;
}

}  // namespace
}  // namespace banmian::e2e
