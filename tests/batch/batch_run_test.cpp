// banmian batch end to end: 20 bulletins and the Liling page, incremental reruns, reports.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "batch_fixture.h"

namespace banmian::batch_test {
namespace {

namespace fs = std::filesystem;

std::string bulletinManifest() {
  return fmt::format(
      "defaults: {{strict: false}}\n"
      "jobs:\n"
      "  - {{id: liling, layout: {}, data: data/liling-01.yaml, pdf: out/liling.pdf, png: 'out/liling-{{page}}.png',"
      " dpi: 30}}\n"
      "matrix:\n"
      "  - {{layout: {}, data: 'data/qinglan-*.yaml', pdf: 'out/{{data.stem}}.pdf'}}\n",
      repo("layouts/broadsheet-feature.yaml"), repo("layouts/a4-bulletin.yaml"));
}

class BulletinBatch : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = new std::string(testing::tempDir());
    writeBulletinDataSets(*folder_ + "/data", 20);
    writeLilingDataSets(*folder_ + "/data", 1);
    writeFile(*folder_ + "/manifest.yaml", bulletinManifest());
    first_ = new testing::CommandResult(runBatch(*folder_, "manifest.yaml -j2 --report first.json"));
  }
  static void TearDownTestSuite() {
    fs::remove_all(*folder_);
    delete folder_;
    delete first_;
  }
  static std::string* folder_;
  static testing::CommandResult* first_;
};
std::string* BulletinBatch::folder_ = nullptr;
testing::CommandResult* BulletinBatch::first_ = nullptr;

TEST_F(BulletinBatch, RendersEveryJobAndReportsIt) {
  ASSERT_EQ(first_->status, 0) << first_->err;
  const std::string report = testing::readFile(*folder_ + "/first.json");
  EXPECT_EQ(countStatus(report, "rendered"), 21) << report;
  for (int i = 1; i <= 20; ++i) EXPECT_TRUE(fs::exists(fmt::format("{}/out/qinglan-{:02}.pdf", *folder_, i)));
  EXPECT_TRUE(fs::exists(*folder_ + "/out/liling-1.png"));
  EXPECT_NE(report.find("\"sha256\": \""), std::string::npos);
  EXPECT_NE(first_->err.find("21 jobs: 21 rendered, 0 up to date, 0 failed"), std::string::npos) << first_->err;
}

TEST_F(BulletinBatch, SecondRunRendersNothingAndTouchingOneDataFileRendersOnlyIt) {
  ASSERT_EQ(first_->status, 0) << first_->err;
  testing::CommandResult second = runBatch(*folder_, "manifest.yaml -j2 --report second.json");
  ASSERT_EQ(second.status, 0) << second.err;
  EXPECT_EQ(countStatus(testing::readFile(*folder_ + "/second.json"), "up-to-date"), 21);

  const std::string data = *folder_ + "/data/qinglan-07.yaml";
  std::ofstream(data, std::ios::app) << "# revised\n";
  testing::CommandResult third = runBatch(*folder_, "manifest.yaml -j2 --report third.json");
  ASSERT_EQ(third.status, 0) << third.err;
  const std::string report = testing::readFile(*folder_ + "/third.json");
  EXPECT_EQ(countStatus(report, "rendered"), 1) << report;
  EXPECT_NE(third.err.find("rendered out/qinglan-07.pdf"), std::string::npos) << third.err;

  testing::CommandResult forced = runBatch(*folder_, "manifest.yaml -j2 --force --report forced.json --shard 0/4");
  EXPECT_EQ(countStatus(testing::readFile(*folder_ + "/forced.json"), "up-to-date"), 0);
}

TEST_F(BulletinBatch, AChangedOrMissingOutputIsRenderedAgain) {
  ASSERT_EQ(first_->status, 0) << first_->err;
  fs::remove(*folder_ + "/out/qinglan-03.pdf");
  std::ofstream(*folder_ + "/out/liling-1.png", std::ios::app) << "x";
  testing::CommandResult again = runBatch(*folder_, "manifest.yaml -j2 --report again.json");
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_EQ(countStatus(testing::readFile(*folder_ + "/again.json"), "rendered"), 2) << again.err;
  EXPECT_TRUE(fs::exists(*folder_ + "/out/qinglan-03.pdf"));
}

}  // namespace
}  // namespace banmian::batch_test
