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
  DiagnosticSink sink;
  const std::string path = copyOfBulletinLayout(banmian::testing::tempDir());
  EXPECT_DOUBLE_EQ(cache.layout(path, sink).page.margin_top, 42);
  EXPECT_DOUBLE_EQ(cache.layout(path, sink).page.margin_top, 42);
  EXPECT_EQ(cache.loads(), 1u);
}

TEST(LayoutCache, ChangedBytesAreLoadedAgain) {
  LayoutCache cache;
  DiagnosticSink sink;
  const std::string path = copyOfBulletinLayout(banmian::testing::tempDir());
  EXPECT_DOUBLE_EQ(cache.layout(path, sink).page.margin_top, 42);
  replaceInFile(path, "top: 42pt", "top: 48pt");
  EXPECT_DOUBLE_EQ(cache.layout(path, sink).page.margin_top, 48);
  EXPECT_EQ(cache.loads(), 2u);
}

TEST(LayoutCache, ABadLayoutIsTheLoadersLocatedErrorEveryTime) {
  LayoutCache cache;
  const std::string path = copyOfBulletinLayout(banmian::testing::tempDir());
  DiagnosticSink first;
  cache.layout(path, first);
  replaceInFile(path, "top: 42pt", "top: 42 apples");
  for (int attempt = 0; attempt < 2; ++attempt) {
    DiagnosticSink sink;
    cache.layout(path, sink);
    ASSERT_EQ(sink.errors().size(), 1u) << "attempt " << attempt;
    EXPECT_EQ(sink.errors()[0].where.file, path);
    EXPECT_EQ(sink.errors()[0].where.line, 14);  // below the schema line
  }
  EXPECT_EQ(cache.loads(), 3u);  // a layout with mistakes is not kept
}

}  // namespace
}  // namespace banmian::pipeline
