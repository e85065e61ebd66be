#pragma once
// Progress of a batch: on a terminal a bar with jobs done/total, pages/s and the time left, failures printed
// above it; otherwise one line per job, for logs.
#include <chrono>
#include <cstddef>
#include <ostream>

#include <banmian/banmian.h>

#include "batch/job_outcome.h"

namespace banmian::batch {

class Progress {
 public:
  // Quiet: only failed jobs; verbose: each job's warnings and notes under its line too.
  Progress(std::ostream& out, size_t total, bool terminal, Verbosity verbosity = Verbosity::Normal);
  void jobDone(const JobOutcome& outcome);
  // The bar's line is redrawn; call it now and then while waiting.
  void tick();
  void finish();

 private:
  void drawBar();
  void clearBar();

  std::ostream& out_;
  size_t total_, done_ = 0, pages_ = 0;
  bool terminal_;
  Verbosity verbosity_;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
};

std::string describeOutcome(const JobOutcome& outcome);  // "rendered out/x.pdf: 6 pages in 0.41 s"

}  // namespace banmian::batch
