// Prints, in one run on this machine: single-page render time (in process) for the Liling page and the
// bulletin, and batch pages/s and peak RSS for N Liling pages (default 200) at -j1 and -j2.
//   build/tests/bench/batch_benchmark [PAGES]
// Figures, not assertions: nothing here fails a build.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <vector>

#include <fmt/format.h>

#include "pipeline/render_pipeline.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

std::string repo(const std::string& relative) { return std::string(BANMIAN_SOURCE_DIR) + "/" + relative; }

double seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

void singlePage(const std::string& name, const std::string& layout, const std::string& data, const fs::path& out,
                bool png = false) {
  std::vector<double> times;
  size_t pages = 0;
  for (int run = 0; run < 6; ++run) {
    banmian::pipeline::RenderOptions options;
    options.layout = repo(layout);
    options.data = repo(data);
    options.pdf = (out / (name + ".pdf")).string();
    if (png) options.png = (out / (name + "-{page}.png")).string();
    banmian::DiagnosticSink diagnostics;
    banmian::pipeline::RenderRecord record;
    const auto start = Clock::now();
    banmian::pipeline::render(options, diagnostics, &record);
    times.push_back(seconds(start));
    pages = record.pages;
  }
  std::sort(times.begin() + 1, times.end());
  fmt::print("{:<10} {} page(s): first render {:.3f} s, then median {:.3f} s; PDF {} KB\n", name, pages, times[0],
             times[times.size() / 2 + 1], fs::file_size(out / (name + ".pdf")) / 1024);
}

void writeManifest(const fs::path& folder, int pages) {
  fs::create_directories(folder / "data");
  fs::copy_file(repo("data/liling-2020h1.md"), folder / "data/liling-2020h1.md", fs::copy_options::overwrite_existing);
  for (int i = 0; i < pages; ++i) fs::copy_file(repo("data/liling-2020h1.yaml"), folder / fmt::format("data/l{:05}.yaml", i),
                                                fs::copy_options::overwrite_existing);
  std::ofstream(folder / "manifest.yaml") << fmt::format(
      "matrix:\n  - {{layout: {}, data: 'data/*.yaml', pdf: 'out/{{data.stem}}.pdf'}}\n",
      repo("layouts/broadsheet-feature.yaml"));
}

// Runs banmian batch and returns its peak RSS in KB: the largest of the process and its workers.
long runBatch(const fs::path& folder, int workers) {
  const pid_t pid = ::fork();
  if (pid == 0) {
    if (::chdir(folder.c_str()) != 0 || !::freopen("/dev/null", "w", stderr)) ::_exit(127);
    const std::string jobs = std::to_string(workers);
    ::execl(BANMIAN_BINARY, "banmian", "batch", "manifest.yaml", "--force", "-j", jobs.c_str(),
            static_cast<char*>(nullptr));
    ::_exit(127);
  }
  int status = 0;
  rusage usage{};
  ::wait4(pid, &status, 0, &usage);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) fmt::print("  (batch exited with status {})\n", status);
  return usage.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  const int pages = argc > 1 ? std::atoi(argv[1]) : 200;
  const fs::path folder = fs::temp_directory_path() / fmt::format("banmian-bench-{}", ::getpid());
  fs::create_directories(folder);
  singlePage("liling", "layouts/broadsheet-feature.yaml", "data/liling-2020h1.yaml", folder);
  singlePage("bulletin", "layouts/a4-bulletin.yaml", "data/qinglan-2026q3.yaml", folder);
  singlePage("liling+png", "layouts/broadsheet-feature.yaml", "data/liling-2020h1.yaml", folder, true);
  writeManifest(folder, pages);
  for (int workers : {1, 2}) {
    const auto start = Clock::now();
    const long rss = runBatch(folder, workers);
    const double elapsed = seconds(start);
    fmt::print("batch -j{}: {} Liling pages in {:.1f} s = {:.1f} pages/s; peak RSS {} MB\n", workers, pages, elapsed,
               pages / elapsed, rss / 1024);
  }
  fs::remove_all(folder);
}
