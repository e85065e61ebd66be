// deploy/: the Slurm array script run as Slurm runs it, and the Kubernetes Indexed Job's arguments run with
// the variables Kubernetes sets, shard by shard: together they render every job of the manifest once.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "batch_fixture.h"

namespace banmian::batch_test {
namespace {

namespace fs = std::filesystem;
constexpr int kJobs = 9;

std::string prepare(const std::string& folder) {
  writeLilingDataSets(folder + "/data", kJobs);
  writeFile(folder + "/manifest.yaml",
            fmt::format("matrix:\n  - {{layout: {}, data: 'data/*.yaml', pdf: 'out/{{data.stem}}.pdf'}}\n",
                        repo("layouts/broadsheet-feature.yaml")));
  return folder;
}

int renderedInReports(const std::string& folder, int shards) {
  int total = 0;
  for (int k = 0; k < shards; ++k) {
    const std::string report = fmt::format("{}/reports/shard-{}.json", folder, k);
    EXPECT_TRUE(fs::exists(report)) << report;
    if (fs::exists(report)) total += countStatus(testing::readFile(report), "rendered");
  }
  return total;
}

TEST(Deploy, TheSlurmArrayScriptRendersEveryJobOnce) {
  const std::string script = repo("deploy/slurm/batch-array.sh");
  std::smatch array;
  const std::string text = testing::readFile(script);
  ASSERT_TRUE(std::regex_search(text, array, std::regex("#SBATCH --array=0-(\\d+)")));
  const int tasks = std::stoi(array[1].str()) + 1;
  const std::string folder = prepare(testing::tempDir());
  const std::string bin = fs::path(BANMIAN_BINARY).parent_path().string();
  for (int task = 0; task < tasks; ++task) {
    testing::CommandResult run = testing::run(fmt::format(
        "cd {} && PATH={}:$PATH SLURM_ARRAY_TASK_ID={} SLURM_ARRAY_TASK_COUNT={} SLURM_ARRAY_TASK_MIN=0 "
        "SLURM_CPUS_PER_TASK=1 bash {} {}/manifest.yaml",
        testing::quote(folder), testing::quote(bin), task, tasks, testing::quote(script), folder));
    ASSERT_EQ(run.status, 0) << run.err;
  }
  EXPECT_EQ(renderedInReports(folder, tasks), kJobs);
  fs::remove_all(folder);
}

TEST(Deploy, TheKubernetesIndexedJobRendersEveryJobOnce) {
  const YAML::Node job = YAML::LoadFile(repo("deploy/kubernetes/batch-job.yaml"));
  ASSERT_EQ(job["spec"]["completionMode"].as<std::string>(), "Indexed");
  const int completions = job["spec"]["completions"].as<int>();
  const YAML::Node container = job["spec"]["template"]["spec"]["containers"][0];
  const std::string folder = prepare(testing::tempDir());
  for (int index = 0; index < completions; ++index) {
    std::string command = fmt::format("cd {} && JOB_COMPLETION_INDEX={}", testing::quote(folder), index);
    for (const auto& variable : container["env"])
      command += fmt::format(" {}={}", variable["name"].as<std::string>(), variable["value"].as<std::string>());
    command += " " + std::string(BANMIAN_BINARY);
    for (const auto& arg : container["args"]) {
      std::string word = std::regex_replace(arg.as<std::string>(), std::regex("\\$\\(JOB_COMPLETION_INDEX\\)"),
                                            std::to_string(index));
      command += " " + testing::quote(std::regex_replace(word, std::regex("^/work"), folder));
    }
    testing::CommandResult run = testing::run(command);
    ASSERT_EQ(run.status, 0) << command << "\n" << run.err;
  }
  EXPECT_EQ(renderedInReports(folder, completions), kJobs);
  fs::remove_all(folder);
}

}  // namespace
}  // namespace banmian::batch_test
