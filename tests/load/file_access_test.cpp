// Files the data names must be regular files under the root (default: the data file's folder); anything
// else is a located error and the file is never read.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/diagnostics.h"
#include "load/document_loader.h"
#include "load/file_access.h"
#include "temp_files.h"

namespace banmian::load {
namespace {

using testing::TempDir;

const std::string kData = R"(publication: {paper: 株洲日报, date: 2020-08-24, edition: 3, section: 县域经济}
fields: {title: 标题}
stories:
  body: {file: ARTICLE}
photos:
  - {id: hero, caption: 图一, file: PHOTO}
)";

std::string dataNaming(const std::string& article, const std::string& photo = "hero.jpg") {
  std::string text = kData;
  text.replace(text.find("ARTICLE"), 7, article);
  text.replace(text.find("PHOTO"), 5, photo);
  return text;
}

std::string errorLoading(const std::string& data_path, const std::string& root = "") {
  try {
    loadDocument(data_path, root);
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

class FileAccess : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.write("article.md", "正文。\n");
    dir_.write("hero.jpg", "picture");
    ::mkdir((dir_.path() / "data").c_str(), 0755);
    dir_.write("data/hero.jpg", "picture");
  }
  std::string data(const std::string& text) const { return dir_.write("data/data.yaml", text); }
  TempDir dir_;
};

TEST_F(FileAccess, AFileAboveTheDataFolderIsOutsideTheRoot) {
  std::string path = data(dataNaming("../article.md", "../hero.jpg"));
  std::string message = errorLoading(path);
  EXPECT_EQ(message.rfind(path + ":6:35: error: photo file '../hero.jpg' is " + (dir_.path() / "hero.jpg").string() +
                              ", outside the root folder " + (dir_.path() / "data").string(),
                          0),
            0u)
      << message;
  EXPECT_NE(message.find("'--root DIR' widens it"), std::string::npos) << message;
}

TEST_F(FileAccess, RootWidensIt) {
  std::string path = data(dataNaming("../article.md", "../hero.jpg"));
  model::Document document = loadDocument(path, dir_.path().string());
  EXPECT_EQ(document.photos[0].file, (dir_.path() / "hero.jpg").string());
  EXPECT_EQ(document.input_files.size(), 2u);
}

TEST_F(FileAccess, SystemFilesAreNeverRead) {
  for (const char* name : {"/proc/self/environ", "../../../../../../etc/passwd"}) {
    std::string message = errorLoading(data(dataNaming(name)));
    EXPECT_NE(message.find(":4:16: error: story file '" + std::string(name) + "' is "), std::string::npos) << message;
    EXPECT_NE(message.find("outside the root folder"), std::string::npos) << message;
  }
}

TEST_F(FileAccess, ALinkOutOfTheRootIsOutside) {
  ASSERT_EQ(::symlink("/etc/passwd", (dir_.path() / "data/innocent.md").c_str()), 0);
  std::string message = errorLoading(data(dataNaming("innocent.md")));
  EXPECT_NE(message.find("story file 'innocent.md' is /etc/passwd, outside the root folder"), std::string::npos)
      << message;
}

TEST_F(FileAccess, ADeviceOrFolderIsNotARegularFile) {
  std::string message = errorLoading(data(dataNaming("/dev/zero")), "/");
  EXPECT_NE(message.find(":4:16: error: story file '/dev/zero' (/dev/zero) is not a regular file"),
            std::string::npos)
      << message;
  ::mkdir((dir_.path() / "data/folder").c_str(), 0755);
  message = errorLoading(data(dataNaming("folder")));
  EXPECT_NE(message.find("is not a regular file"), std::string::npos) << message;
}

TEST(FileAccessRule, ComparesWholeFolderNames) {
  TempDir dir;
  ::mkdir((dir.path() / "data").c_str(), 0755);
  ::mkdir((dir.path() / "data2").c_str(), 0755);
  dir.write("data2/x.md", "x");
  const SourceLocation where{(dir.path() / "data/d.yaml").string(), 4, 2};
  try {
    accessNamedFile("", "../data2/x.md", where, "article file");
    FAIL() << "data2 is not under data";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where().line, 4);
  }
  EXPECT_EQ(accessNamedFile(dir.path().string(), "../data2/x.md", where, "article file"),
            (dir.path() / "data2/x.md").string());
}

}  // namespace
}  // namespace banmian::load
