#include "batch/progress.h"

#include <fmt/format.h>

namespace banmian::batch {

std::string describeOutcome(const JobOutcome& outcome) {
  const std::string& id = outcome.job->id;
  switch (outcome.status) {
    case JobStatus::Rendered:
      return fmt::format("rendered {}: {} page{} in {:.2f} s", id, outcome.pages, outcome.pages == 1 ? "" : "s",
                         outcome.seconds);
    case JobStatus::UpToDate: return fmt::format("up to date {}", id);
    case JobStatus::Failed: break;
  }
  return fmt::format("FAILED {}: {}", id, outcome.error);
}

Progress::Progress(std::ostream& out, size_t total, bool terminal, Verbosity verbosity)
    : out_(out), total_(total), terminal_(terminal && verbosity != Verbosity::Quiet), verbosity_(verbosity) {}

void Progress::jobDone(const JobOutcome& outcome) {
  ++done_;
  if (outcome.status == JobStatus::Rendered) pages_ += outcome.pages;
  if (terminal_) clearBar();
  const bool failed = outcome.status == JobStatus::Failed;
  if (terminal_) {
    if (failed) out_ << describeOutcome(outcome) << "\n";
  } else if (failed || verbosity_ != Verbosity::Quiet) {
    const int width = static_cast<int>(std::to_string(total_).size());
    out_ << fmt::format("[{:>{}}/{}] ", done_, width, total_) << describeOutcome(outcome) << "\n";
  }
  if (verbosity_ == Verbosity::Verbose)
    for (const std::vector<std::string>* lines : {&outcome.warnings, &outcome.notes})
      for (const std::string& line : *lines) out_ << "    " << line << "\n";
  if (terminal_) drawBar();
  out_.flush();
}

void Progress::tick() {
  if (!terminal_) return;
  clearBar();
  drawBar();
  out_.flush();
}

void Progress::finish() {
  if (terminal_) {
    clearBar();
    out_.flush();
  }
}

void Progress::clearBar() { out_ << "\r\033[K"; }

void Progress::drawBar() {
  constexpr size_t kWidth = 30;
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  const size_t filled = total_ ? done_ * kWidth / total_ : kWidth;
  const double rate = seconds > 0 ? static_cast<double>(pages_) / seconds : 0;
  std::string eta = "--:--";
  if (done_ > 0 && done_ < total_) {
    const int left = static_cast<int>(seconds / static_cast<double>(done_) * static_cast<double>(total_ - done_));
    eta = fmt::format("{}:{:02}", left / 60, left % 60);
  }
  out_ << fmt::format("[{}{}] {}/{} jobs  {:.1f} pages/s  ETA {}", std::string(filled, '#'),
                      std::string(kWidth - filled, '.'), done_, total_, rate, eta);
}

}  // namespace banmian::batch
