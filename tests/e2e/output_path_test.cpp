// Output paths on the command line: devices, directories, read-only files and inputs are refused
// before any work; `-o -` writes the PDF to standard output; a print render leaves no temporary file.
#include <dirent.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <chrono>
#include <fstream>

#include "process.h"

namespace banmian::e2e {
namespace {

std::string layout() { return repo("layouts/broadsheet-feature.yaml"); }
std::string data() { return repo("data/liling-2020h1.yaml"); }

std::string render(const std::string& layout_file, const std::string& data_file, const std::string& pdf) {
  return quote(banmian()) + " render " + quote(layout_file) + " " + quote(data_file) + " -o " + quote(pdf);
}

size_t entryCount(const std::string& dir) {
  size_t n = 0;
  DIR* d = opendir(dir.c_str());
  while (dirent* e = readdir(d)) n += std::string(e->d_name) != "." && std::string(e->d_name) != "..";
  closedir(d);
  return n;
}

TEST(OutputPaths, TheDeviceStaysADevice) {
  Result r = run(render(layout(), data(), "/dev/null"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("cannot write /dev/null: it is not a regular file"), std::string::npos) << r.err;
  struct stat st {};
  ASSERT_EQ(stat("/dev/null", &st), 0);
  EXPECT_TRUE(S_ISCHR(st.st_mode));
}

TEST(OutputPaths, AnInputIsNeverOverwritten) {
  std::string dir = tempDir();
  std::string copy = dir + "/data.yaml";
  std::ofstream(copy) << readFile(data());
  std::ofstream(dir + "/liling-2020h1.md") << readFile(repo("data/liling-2020h1.md"));
  for (const std::string& input : {copy, dir + "/liling-2020h1.md"}) {
    const std::string before = readFile(input);
    Result r = run(render(layout(), copy, input));
    EXPECT_EQ(r.status, 1) << input;
    EXPECT_NE(r.err.find("which this run reads"), std::string::npos) << r.err;
    EXPECT_EQ(readFile(input), before);
  }
}

TEST(OutputPaths, TheOutputIsCheckedBeforeTheWork) {
  // Bad data and a bad output: the output is reported, because it is checked first (and fast).
  std::string dir = tempDir();
  std::ofstream(dir + "/data.yaml") << "title: [\n";
  mkdir((dir + "/out.pdf").c_str(), 0755);
  auto start = std::chrono::steady_clock::now();
  Result r = run(render(layout(), dir + "/data.yaml", dir + "/out.pdf"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("out.pdf: it is a directory"), std::string::npos) << r.err;
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
}

TEST(OutputPaths, DashWritesThePdfToStandardOutput) {
  Result r = run(render(layout(), data(), "-"));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("%PDF-", 0), 0u);
  EXPECT_NE(r.out.find("%%EOF"), std::string::npos);
  EXPECT_FALSE(exists("-"));
}

TEST(OutputPaths, APrintRenderLeavesNothingInTheTemporaryFolder) {
  std::string tmp = tempDir(), out = tempDir();
  Result r = run("TMPDIR=" + quote(tmp) + " " + render(layout(), data(), out + "/page.pdf") + " --backend haru");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(entryCount(tmp), 0u);
  EXPECT_EQ(entryCount(out), 1u);
}

TEST(OutputPaths, RootLetsTheDataNameFilesAboveItsFolder) {
  std::string dir = tempDir();
  mkdir((dir + "/data").c_str(), 0755);
  std::string text = readFile(data());
  const std::string story = "body: {file: liling-2020h1.md}";
  text.replace(text.find(story), story.size(), "body: {file: ../liling-2020h1.md}");
  std::ofstream(dir + "/data/data.yaml") << text;
  std::ofstream(dir + "/liling-2020h1.md") << readFile(repo("data/liling-2020h1.md"));
  Result refused = run(render(layout(), dir + "/data/data.yaml", dir + "/out.pdf"));
  EXPECT_EQ(refused.status, 1);
  EXPECT_NE(refused.err.find("data.yaml:28:16: error: story file '../liling-2020h1.md' is "), std::string::npos)
      << refused.err;
  Result widened = run(render(layout(), dir + "/data/data.yaml", dir + "/out.pdf") + " --root " + quote(dir));
  EXPECT_EQ(widened.status, 0) << widened.err;
}

}  // namespace
}  // namespace banmian::e2e
