// kill -9 in the middle of a batch, then a rerun: the jobs done before the kill stay done, the rest are
// rendered, and no partial file is left.
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include <fmt/format.h>

#include "batch_fixture.h"

namespace banmian::batch_test {
namespace {

namespace fs = std::filesystem;

size_t recordCount(const std::string& folder) {
  const fs::path records = folder + "/out/.banmian-batch";
  if (!fs::exists(records)) return 0;
  size_t count = 0;
  for (const auto& entry : fs::directory_iterator(records)) count += entry.path().extension() == ".yaml";
  return count;
}

// Starts banmian batch in its own process group, so that the kill reaches its workers too.
pid_t startBatch(const std::string& folder) {
  pid_t pid = ::fork();
  if (pid == 0) {
    ::setpgid(0, 0);
    if (::chdir(folder.c_str()) != 0) ::_exit(127);
    ::freopen("/dev/null", "w", stderr);
    ::execl(BANMIAN_BINARY, "banmian", "batch", "manifest.yaml", "-j1", static_cast<char*>(nullptr));
    ::_exit(127);
  }
  return pid;
}

TEST(KilledBatch, ARerunCompletesIt) {
  const std::string folder = testing::tempDir();
  writeLilingDataSets(folder + "/data", 8);
  writeFile(folder + "/manifest.yaml",
            fmt::format("matrix:\n  - {{layout: {}, data: 'data/*.yaml', pdf: 'out/{{data.stem}}.pdf', "
                        "png: 'out/{{data.stem}}.png', dpi: 60}}\n",
                        repo("layouts/broadsheet-feature.yaml")));
  const pid_t pid = startBatch(folder);
  ASSERT_GT(pid, 0);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (recordCount(folder) < 2 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  ::kill(-pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
  const size_t done = recordCount(folder);
  ASSERT_GE(done, 2u);
  ASSERT_LT(done, 8u) << "the batch ended before it was killed: nothing to resume";

  testing::CommandResult rerun = runBatch(folder, "manifest.yaml -j2 --report report.json");
  ASSERT_EQ(rerun.status, 0) << rerun.err;
  const std::string report = testing::readFile(folder + "/report.json");
  EXPECT_GE(countStatus(report, "up-to-date"), static_cast<int>(done));
  EXPECT_EQ(countStatus(report, "up-to-date") + countStatus(report, "rendered"), 8) << report;
  for (const auto& entry : fs::directory_iterator(folder + "/out"))
    EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos) << entry.path();
  fs::remove_all(folder);
}

}  // namespace
}  // namespace banmian::batch_test
