// kill -9 at random moments of a render, alternating the two PDF backends: afterwards the output is the
// previous file or the complete new one, byte for byte, and there is no other file in the output folder
// or in TMPDIR. BANMIAN_KILL_COUNT sets the number of kills (default 12, to keep CI fast; run 200 to
// be thorough).
#include <dirent.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <thread>
#include <vector>

#include "process.h"

namespace banmian::e2e {
namespace {

std::vector<std::string> entries(const std::string& dir) {
  std::vector<std::string> names;
  DIR* d = opendir(dir.c_str());
  while (dirent* e = readdir(d))
    if (std::string(e->d_name) != "." && std::string(e->d_name) != "..") names.push_back(e->d_name);
  closedir(d);
  return names;
}

// Starts banmian with its own TMPDIR; returns the child's pid.
pid_t startRender(const std::string& tmp, const std::string& pdf, const std::string& backend) {
  pid_t pid = fork();
  if (pid == 0) {
    setenv("TMPDIR", tmp.c_str(), 1);
    freopen("/dev/null", "w", stderr);
    const std::string layout = repo("layouts/broadsheet-feature.yaml"), data = repo("data/liling-2020h1.yaml");
    execl(banmian().c_str(), "banmian", "render", layout.c_str(), data.c_str(), "-o", pdf.c_str(), "--backend",
          backend.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

int waitFor(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

int killCount() {
  const char* count = std::getenv("BANMIAN_KILL_COUNT");
  return count && *count ? std::atoi(count) : 12;
}

TEST(KillTest, AKilledRenderLeavesTheOldFileOrTheNewOneAndNothingElse) {
  const std::string tmp = tempDir(), out = tempDir(), pdf = out + "/page.pdf";
  const std::string previous = "%PDF-1.4 the previous edition\n";
  std::map<std::string, std::string> complete;  // backend -> the bytes of a full render
  std::map<std::string, double> seconds;
  const std::string backends[] = {"native", "cairo", "haru"};
  for (const std::string& backend : backends) {
    auto start = std::chrono::steady_clock::now();
    ASSERT_EQ(waitFor(startRender(tmp, pdf, backend)), 0);
    seconds[backend] = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    complete[backend] = readFile(pdf);
  }
  std::mt19937 random(20260101);
  int old_kept = 0, new_written = 0;
  for (int i = 0; i < killCount(); ++i) {
    const std::string& backend = backends[i % 3];
    std::ofstream(pdf, std::ios::trunc) << previous;
    pid_t pid = startRender(tmp, pdf, backend);
    // Anywhere from start-up to a little past the usual end (some renders then finish).
    std::uniform_real_distribution<double> moment(0, 1.1 * seconds[backend]);
    std::this_thread::sleep_for(std::chrono::duration<double>(moment(random)));
    kill(pid, SIGKILL);
    waitFor(pid);
    const std::string now = readFile(pdf);
    EXPECT_TRUE(now == previous || now == complete[backend]) << "kill " << i << " (" << backend << "): "
                                                             << now.size() << " bytes";
    (now == previous ? old_kept : new_written)++;
    EXPECT_EQ(entries(out), std::vector<std::string>{"page.pdf"}) << "kill " << i;
    EXPECT_TRUE(entries(tmp).empty()) << "kill " << i << ": " << entries(tmp).front();
  }
  std::cout << killCount() << " kills: " << old_kept << " left the previous file, " << new_written
            << " the complete new one\n";
}

}  // namespace
}  // namespace banmian::e2e
