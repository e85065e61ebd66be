#pragma once
// A forked worker process that renders jobs one after another. Forked, so that a job that crashes or hangs
// takes only its own worker down; long-lived, so that what a render warms (fontconfig, Pango's font map,
// loaded faces) serves every later job of that worker.
#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>

#include "batch/job_outcome.h"
#include "batch/manifest.h"

namespace banmian::pipeline {
struct RenderCaches;
}

namespace banmian::batch {

class Worker {
 public:
  // Forks. The child reads job numbers (indices into `manifest.jobs`) and answers with each job's outcome.
  explicit Worker(const Manifest& manifest);
  ~Worker();
  Worker(const Worker&) = delete;
  Worker& operator=(const Worker&) = delete;

  void start(size_t job_index);
  bool busy() const { return job_ != nullptr; }
  const Job* job() const { return job_; }
  int resultFd() const { return result_fd_; }
  double secondsRunning() const;

  // Reads what is there after poll() said the result pipe is readable. Returns the outcome once the whole
  // answer is in, or a failed outcome when the worker died; after a death the Worker must not be reused.
  std::optional<JobOutcome> readReady();
  // Ends a job that ran too long: the worker is killed, the job fails with `reason`.
  JobOutcome kill(const std::string& reason);
  bool alive() const { return pid_ > 0; }

 private:
  JobOutcome died(const std::string& reason);

  const Manifest& manifest_;
  pid_t pid_ = -1;
  int job_fd_ = -1, result_fd_ = -1;
  const Job* job_ = nullptr;
  std::chrono::steady_clock::time_point started_;
  std::string buffer_;
};

// The worker side: renders one job in this process and returns its outcome (never throws). `caches`
// (pipeline/render_caches.h) are what the worker keeps between its jobs; nullptr: none.
JobOutcome renderJob(const Job& job, pipeline::RenderCaches* caches = nullptr);

// Removes the temporary files a killed worker may have left beside the job's outputs.
void removeTemporaryOutputs(const Job& job);

}  // namespace banmian::batch
