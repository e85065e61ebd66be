// Layouts kept across a batch worker's jobs: loaded once while the file's bytes stay the same, loaded
// again when they change, errors as loading gives them.
#include "pipeline/layout_cache.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "base/diagnostics.h"
#include "shell.h"

namespace banmian::pipeline {
namespace {

namespace fs = std::filesystem;

std::string copyOfBulletinLayout(const std::string& dir) {
  const std::string path = dir + "/layout.yaml";
  fs::copy_file(std::string(BANMIAN_SOURCE_DIR) + "/layouts/a4-bulletin.yaml", path);
  return path;
}

void replaceInFile(const std::string& path, const std::string& from, const std::string& to) {
  std::string text = banmian::testing::readFile(path);
  ASSERT_NE(text.find(from), std::string::npos);
  text.replace(text.find(from), from.size(), to);
  std::ofstream(path, std::ios::trunc) << text;
}

TEST(LayoutCache, SameBytesGiveTheKeptLayout) {
  LayoutCache cache;
  const std::string path = copyOfBulletinLayout(banmian::testing::tempDir());
  const model::Layout* first = &cache.layout(path);
  EXPECT_EQ(&cache.layout(path), first);
  EXPECT_DOUBLE_EQ(first->page.margin_top, 42);
}

TEST(LayoutCache, ChangedBytesAreLoadedAgain) {
  LayoutCache cache;
  const std::string path = copyOfBulletinLayout(banmian::testing::tempDir());
  EXPECT_DOUBLE_EQ(cache.layout(path).page.margin_top, 42);
  replaceInFile(path, "top: 42pt", "top: 48pt");
  EXPECT_DOUBLE_EQ(cache.layout(path).page.margin_top, 48);
}

TEST(LayoutCache, ABadLayoutIsTheLoadersLocatedErrorEveryTime) {
  LayoutCache cache;
  const std::string path = copyOfBulletinLayout(banmian::testing::tempDir());
  cache.layout(path);
  replaceInFile(path, "top: 42pt", "top: 42 apples");
  for (int attempt = 0; attempt < 2; ++attempt) {
    try {
      cache.layout(path);
      FAIL() << "no error on attempt " << attempt;
    } catch (const InputError& e) {
      EXPECT_NE(std::string(e.what()).find(path + ":13:"), std::string::npos) << e.what();
    }
  }
}

}  // namespace
}  // namespace banmian::pipeline
