// A manifest with one job of each kind of bad input: every good job completes, every bad one is reported
// at its place, the batch exits 1 and leaves no partial file.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include <fmt/format.h>

#include "batch_fixture.h"

namespace banmian::batch_test {
namespace {

namespace fs = std::filesystem;

// The broadsheet with a song role of families no machine has.
std::string layoutWithMissingFont() {
  std::string layout = testing::readFile(repo("layouts/broadsheet-feature.yaml"));
  const std::string song = "song: [\"Noto Serif CJK SC\", \"AR PL UMing CN\"]";
  layout.replace(layout.find(song), song.size(), "song: [\"No Such Song Font\"]");
  return layout;
}

std::string badManifest(const std::string& folder) {
  writeLilingDataSets(folder + "/data", 2);
  writeFile(folder + "/data/broken.yaml", "fields:\n  title: [unclosed\n");
  // The Liling page has no repeating master: four times its story cannot fit.
  std::string story = testing::readFile(repo("data/liling-2020h1.md"));
  writeFile(folder + "/long/liling-2020h1.md", story + "\n\n" + story + "\n\n" + story + "\n\n" + story);
  writeFile(folder + "/long/liling-long.yaml", testing::readFile(repo("data/liling-2020h1.yaml")));
  writeFile(folder + "/nofont/layout.yaml", layoutWithMissingFont());
  const std::string layout = repo("layouts/broadsheet-feature.yaml");
  return fmt::format(
      "defaults: {{layout: {}}}\n"
      "jobs:\n"
      "  - {{id: good-1, data: data/liling-01.yaml, pdf: out/good-1.pdf, png: out/good-1.png, dpi: 30}}\n"
      "  - {{id: yaml-error, data: data/broken.yaml, pdf: out/broken.pdf}}\n"
      "  - {{id: missing-font, layout: nofont/layout.yaml, data: data/liling-02.yaml, pdf: out/nofont.pdf}}\n"
      "  - {{id: cannot-fit, data: long/liling-long.yaml, pdf: out/long.pdf}}\n"
      "  - {{id: crash, data: data/liling-01.yaml, pdf: out/crash.pdf, test-fault: crash}}\n"
      "  - {{id: hang, data: data/liling-01.yaml, pdf: out/hang.pdf, test-fault: hang}}\n"
      "  - {{id: good-2, data: data/liling-02.yaml, pdf: out/good-2.pdf}}\n",
      layout);
}

// The report line of one job.
std::string jobLine(const std::string& report, const std::string& id) {
  const size_t at = report.find("{\"id\": \"" + id + "\"");
  if (at == std::string::npos) return "";
  return report.substr(at, report.find('\n', at) - at);
}

TEST(BadJobs, GoodJobsCompleteAndEachBadOneIsReportedAtItsPlace) {
  const std::string folder = testing::tempDir();
  writeFile(folder + "/manifest.yaml", badManifest(folder));
  testing::CommandResult run =
      runBatch(folder, "manifest.yaml -j2 --job-timeout 10 --report report.json", "BANMIAN_TEST_FAULTS=1");
  EXPECT_EQ(run.status, 1) << run.err;
  const std::string report = testing::readFile(folder + "/report.json");
  EXPECT_EQ(countStatus(report, "rendered"), 2) << report;
  EXPECT_EQ(countStatus(report, "failed"), 5) << report;
  EXPECT_TRUE(fs::exists(folder + "/out/good-1.pdf") && fs::exists(folder + "/out/good-2.pdf"));

  EXPECT_TRUE(std::regex_search(jobLine(report, "yaml-error"),
                                std::regex("data/broken.yaml:\\d+:\\d+: error: YAML syntax error")))
      << jobLine(report, "yaml-error");
  EXPECT_TRUE(std::regex_search(jobLine(report, "missing-font"), std::regex("nofont/layout.yaml:\\d+:\\d+: error")))
      << jobLine(report, "missing-font");
  EXPECT_TRUE(std::regex_search(jobLine(report, "cannot-fit"), std::regex("error: story 'body' does not fit")))
      << jobLine(report, "cannot-fit");
  EXPECT_TRUE(std::regex_search(jobLine(report, "crash"), std::regex("manifest.yaml:7:\\d+: error: .*crashed")))
      << jobLine(report, "crash");
  EXPECT_TRUE(std::regex_search(jobLine(report, "hang"), std::regex("manifest.yaml:8:\\d+: error: .*job-timeout")))
      << jobLine(report, "hang");

  for (const auto& entry : fs::recursive_directory_iterator(folder + "/out")) {
    const std::string name = entry.path().filename().string();
    EXPECT_EQ(name.find(".tmp-"), std::string::npos) << "partial file left: " << name;
    EXPECT_TRUE(name.starts_with("good-") || name == ".banmian-batch" || entry.path().parent_path().filename() ==
                                                                             ".banmian-batch")
        << "a bad job wrote " << name;
  }
  fs::remove_all(folder);
}

TEST(BadJobs, TestFaultsAreRefusedOutsideTests) {
  const std::string folder = testing::tempDir();
  writeLilingDataSets(folder + "/data", 1);
  writeFile(folder + "/manifest.yaml",
            fmt::format("jobs:\n  - {{layout: {}, data: data/liling-01.yaml, pdf: out/a.pdf, test-fault: crash}}\n",
                        repo("layouts/broadsheet-feature.yaml")));
  testing::CommandResult run = runBatch(folder, "manifest.yaml");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("manifest.yaml:2:"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("'test-fault' is for banmian's own tests"), std::string::npos) << run.err;
  EXPECT_FALSE(fs::exists(folder + "/out/a.pdf"));
  fs::remove_all(folder);
}

}  // namespace
}  // namespace banmian::batch_test
