// Prints, in one run on this machine:
// - single-page render time for the Liling page and the bulletin, in process and as a whole `banmian
//   render` process (what one page costs a user), with the native and the Cairo PDF writer;
// - batch pages/s and peak RSS for N Liling pages (default 200) at -j1 and -j2, once with every page the
//   same and once with every page differing from the others by one character (so no worker can reuse
//   another page's font subset);
// - with a second number M, the peak RSS of a batch of M pages beside the N-page one (flat memory);
// - with BANMIAN_BASELINE=DIR (an older checkout, built in DIR/build), that checkout's `banmian render` of its
//   own Liling page, timed in turns with today's, and the ratio.
//   [BANMIAN_BASELINE=DIR] build/tests/bench/batch_benchmark [N [M]]
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

#include "base/utf8.h"
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

// The Liling page `pages` times. `varied`: page i has one character of its lead replaced by the i-th
// ideograph from U+4E00 (the same width, so the same lines), so every page needs a subset of its own.
void writeManifest(const fs::path& folder, int pages, bool varied) {
  fs::remove_all(folder / "data");
  fs::remove_all(folder / "out");
  fs::create_directories(folder / "data");
  fs::copy_file(repo("data/liling-2020h1.md"), folder / "data/liling-2020h1.md", fs::copy_options::overwrite_existing);
  std::ifstream in(repo("data/liling-2020h1.yaml"));
  const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string replaced = "严峻";  // in the lead: 挑战比任何时期都要严峻
  for (int i = 0; i < pages; ++i) {
    std::string page = data;
    if (varied) {
      std::string ideograph;
      banmian::utf8::append(ideograph, static_cast<char32_t>(0x4E00 + i));
      page.replace(page.find(replaced), replaced.size(), "严" + ideograph);
    }
    std::ofstream(folder / fmt::format("data/l{:05}.yaml", i)) << page;
  }
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

// A `banmian render` to time: this build's with its backend, or an older checkout's own binary on its own
// example files (BANMIAN_BASELINE), whose formats may differ from today's.
struct Renderer {
  std::string label;
  std::string binary;
  std::string source;                   // the checkout whose layouts/ and data/ it renders
  std::vector<std::string> options;
};

double runOnce(const Renderer& r, const std::string& layout, const std::string& data, const fs::path& out) {
  std::vector<std::string> words{r.binary, "render", r.source + "/" + layout, r.source + "/" + data, "-o", out.string()};
  words.insert(words.end(), r.options.begin(), r.options.end());
  std::vector<char*> argv;
  for (std::string& w : words) argv.push_back(w.data());
  argv.push_back(nullptr);
  const auto start = Clock::now();
  const pid_t pid = ::fork();
  if (pid == 0) {
    if (!::freopen("/dev/null", "w", stderr)) ::_exit(127);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  return seconds(start);
}

// Median seconds of 7 whole processes of each renderer (after one each to warm the disk cache), taken in
// turns, so that whatever else the machine does falls on all of them alike.
std::vector<double> wholeProcess(const std::vector<Renderer>& renderers, const std::string& layout,
                                 const std::string& data, const fs::path& out) {
  std::vector<std::vector<double>> times(renderers.size());
  for (int run = 0; run < 8; ++run)
    for (size_t i = 0; i < renderers.size(); ++i) {
      const double t = runOnce(renderers[i], layout, data, out);
      if (run > 0) times[i].push_back(t);
    }
  std::vector<double> medians;
  for (auto& t : times) {
    std::sort(t.begin(), t.end());
    medians.push_back(t[t.size() / 2]);
  }
  return medians;
}

void printWholeProcess(const std::string& name, const std::string& layout, const std::string& data,
                       const fs::path& out) {
  std::vector<Renderer> renderers{{"native", BANMIAN_BINARY, BANMIAN_SOURCE_DIR, {}},
                                  {"cairo", BANMIAN_BINARY, BANMIAN_SOURCE_DIR, {"--backend", "cairo"}}};
  const char* baseline = std::getenv("BANMIAN_BASELINE");
  if (baseline && *baseline)
    renderers.push_back({"baseline", std::string(baseline) + "/build/renderer/cli/banmian", baseline, {}});
  const std::vector<double> medians = wholeProcess(renderers, layout, data, out);
  std::string line = fmt::format("whole process, {} (median of 7 banmian render):", name);
  for (size_t i = 0; i < renderers.size(); ++i) line += fmt::format(" {} {:.3f} s", renderers[i].label, medians[i]);
  if (renderers.size() > 2) line += fmt::format("; native = {:.2f} x baseline ({})", medians[0] / medians[2], baseline);
  fmt::print("{}\n", line);
}

void batchRuns(const fs::path& folder, int pages, bool varied, const std::vector<int>& worker_counts) {
  writeManifest(folder, pages, varied);
  for (int workers : worker_counts) {
    const auto start = Clock::now();
    const long rss = runBatch(folder, workers);
    const double elapsed = seconds(start);
    fmt::print("batch -j{}: {} Liling pages{} in {:.1f} s = {:.1f} pages/s; peak RSS {} MB\n", workers, pages,
               varied ? " (each one character different)" : "", elapsed, pages / elapsed, rss / 1024);
  }
}

}  // namespace

int main(int argc, char** argv) {
  const int pages = argc > 1 ? std::atoi(argv[1]) : 200;
  const int long_run = argc > 2 ? std::atoi(argv[2]) : 0;
  const fs::path folder = fs::temp_directory_path() / fmt::format("banmian-bench-{}", ::getpid());
  fs::create_directories(folder);
  // Batches first: a forked child counts the memory it had before exec in its peak RSS, so this process
  // must still be small (the in-process renders below load fonts).
  batchRuns(folder, pages, false, {1, 2});
  batchRuns(folder, pages, true, {2});
  if (long_run > 0) batchRuns(folder, long_run, false, {2});
  printWholeProcess("liling", "layouts/broadsheet-feature.yaml", "data/liling-2020h1.yaml", folder / "p.pdf");
  if (!std::getenv("BANMIAN_BASELINE"))  // an older checkout may have no bulletin
    printWholeProcess("bulletin", "layouts/a4-bulletin.yaml", "data/qinglan-2026q3.yaml", folder / "p.pdf");
  singlePage("liling", "layouts/broadsheet-feature.yaml", "data/liling-2020h1.yaml", folder);
  singlePage("bulletin", "layouts/a4-bulletin.yaml", "data/qinglan-2026q3.yaml", folder);
  singlePage("liling+png", "layouts/broadsheet-feature.yaml", "data/liling-2020h1.yaml", folder, true);
  fs::remove_all(folder);
}
