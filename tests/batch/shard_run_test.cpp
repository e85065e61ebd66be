// Three shards run separately make exactly the PDFs of one unsharded run, byte for byte, with no job in two
// shards: by --shard, by Kubernetes' JOB_COMPLETION_INDEX and by Slurm's SLURM_ARRAY_* (the variables that
// deploy/kubernetes/batch-job.yaml and deploy/slurm/batch-array.sh run banmian with).
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <utility>

#include <fmt/format.h>

#include "batch_fixture.h"

namespace banmian::batch_test {
namespace {

namespace fs = std::filesystem;
constexpr int kJobs = 9;
using EnvironmentAndArguments = std::pair<std::string, std::string>;

std::string prepare(const std::string& folder) {
  writeLilingDataSets(folder + "/data", kJobs);
  writeFile(folder + "/manifest.yaml",
            fmt::format("matrix:\n  - {{layout: {}, data: 'data/*.yaml', pdf: 'out/{{data.stem}}.pdf'}}\n",
                        repo("layouts/broadsheet-feature.yaml")));
  return folder;
}

std::map<std::string, std::string> pdfs(const std::string& folder) {
  std::map<std::string, std::string> out;
  for (const auto& entry : fs::directory_iterator(folder + "/out"))
    if (entry.path().extension() == ".pdf") out[entry.path().filename()] = testing::readFile(entry.path());
  return out;
}

class ShardRun : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = testing::tempDir();
    whole_ = prepare(root_ + "/whole");
    testing::CommandResult run = runBatch(whole_, "manifest.yaml -j2", kEpoch);
    ASSERT_EQ(run.status, 0) << run.err;
    ASSERT_EQ(pdfs(whole_).size(), static_cast<size_t>(kJobs));
  }
  void TearDown() override { fs::remove_all(root_); }

  // Runs the three shards, shard k with the environment and arguments `shard(k)` gives; checks that they
  // are disjoint and make the same bytes.
  void expectShardsMakeTheWhole(const std::string& name, EnvironmentAndArguments (*shard)(int)) {
    const std::string folder = prepare(root_ + "/" + name);
    int total = 0;
    for (int k = 0; k < 3; ++k) {
      const std::string report = fmt::format("shard-{}.json", k);
      const auto [env, args] = shard(k);
      testing::CommandResult run =
          runBatch(folder, fmt::format("manifest.yaml -j2 --report {} {}", report, args), kEpoch + env);
      ASSERT_EQ(run.status, 0) << run.err;
      const int rendered = countStatus(testing::readFile(folder + "/" + report), "rendered");
      EXPECT_EQ(countStatus(testing::readFile(folder + "/" + report), "up-to-date"), 0);  // none was another's
      total += rendered;
    }
    EXPECT_EQ(total, kJobs);  // each job once: with the check above, disjoint and complete
    EXPECT_EQ(pdfs(folder), pdfs(whole_));
  }

  static constexpr const char* kEpoch = "SOURCE_DATE_EPOCH=1598227200 ";
  std::string root_, whole_;
};

TEST_F(ShardRun, ByFlag) {
  expectShardsMakeTheWhole("flag", [](int k) { return EnvironmentAndArguments{"", fmt::format("--shard {}/3", k)}; });
}

TEST_F(ShardRun, ByKubernetesIndexedJob) {
  expectShardsMakeTheWhole("kubernetes", [](int k) {
    return EnvironmentAndArguments{fmt::format("JOB_COMPLETION_INDEX={}", k), "--shards 3"};
  });
}

TEST_F(ShardRun, BySlurmArray) {
  expectShardsMakeTheWhole("slurm", [](int k) {
    return EnvironmentAndArguments{
        fmt::format("SLURM_ARRAY_TASK_ID={} SLURM_ARRAY_TASK_COUNT=3 SLURM_ARRAY_TASK_MIN=1", k + 1), ""};
  });
}

}  // namespace
}  // namespace banmian::batch_test
