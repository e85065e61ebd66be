#include "batch/batch_runner.h"

#include <poll.h>
#include <signal.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <memory>
#include <thread>

#include <fmt/format.h>

#include "base/diagnostics.h"
#include "batch/batch_report.h"
#include "batch/job_record.h"
#include "batch/manifest.h"
#include "batch/progress.h"
#include "batch/shard.h"
#include "batch/worker.h"
#include "export/atomic_file.h"
#include "export/export_error.h"

namespace banmian::batch {
namespace {

using OutcomeHandler = std::function<void(JobOutcome)>;

// Milliseconds poll() may wait: until the first running job reaches the timeout, and at most a quarter
// second, so that the progress bar moves.
int pollTimeout(const std::vector<std::unique_ptr<Worker>>& workers, double job_timeout) {
  double wait = 0.25;
  if (job_timeout > 0)
    for (const auto& worker : workers)
      if (worker && worker->busy()) wait = std::min(wait, job_timeout - worker->secondsRunning());
  return std::max(0, static_cast<int>(wait * 1000) + 1);
}

void startIdleWorkers(std::vector<std::unique_ptr<Worker>>& workers, const Manifest& manifest,
                      const std::vector<size_t>& pending, size_t& next) {
  for (auto& worker : workers) {
    if (next == pending.size()) return;
    if (worker && worker->busy()) continue;
    if (!worker || !worker->alive()) worker = std::make_unique<Worker>(manifest);
    worker->start(pending[next++]);
  }
}

void endOverdueJobs(std::vector<std::unique_ptr<Worker>>& workers, double job_timeout, const OutcomeHandler& done) {
  if (job_timeout <= 0) return;
  for (auto& worker : workers)
    if (worker && worker->busy() && worker->secondsRunning() >= job_timeout)
      done(worker->kill(fmt::format("error: the job ran past --job-timeout ({} s) and was stopped", job_timeout)));
}

void renderInWorkers(const Manifest& manifest, const std::vector<size_t>& pending, const BatchOptions& options,
                     const OutcomeHandler& done, Progress& progress) {
  std::vector<std::unique_ptr<Worker>> workers(std::min<size_t>(std::max(1, options.workers), pending.size()));
  size_t next = 0;
  for (;;) {
    startIdleWorkers(workers, manifest, pending, next);
    std::vector<pollfd> fds;
    std::vector<Worker*> owners;
    for (auto& worker : workers)
      if (worker && worker->busy()) {
        fds.push_back({worker->resultFd(), POLLIN, 0});
        owners.push_back(worker.get());
      }
    if (fds.empty()) return;
    ::poll(fds.data(), fds.size(), pollTimeout(workers, options.job_timeout));
    for (size_t i = 0; i < fds.size(); ++i)
      if (fds[i].revents != 0)
        if (auto outcome = owners[i]->readReady()) done(std::move(*outcome));
    endOverdueJobs(workers, options.job_timeout, done);
    progress.tick();
  }
}

// A rendered job is only done once its record is down: a run killed before that renders it again.
void recordRendered(JobOutcome& outcome, const std::string& key) {
  if (outcome.status != JobStatus::Rendered) return;
  try {
    writeRecord(*outcome.job, key, outcome);
  } catch (const std::exception& e) {
    outcome.status = JobStatus::Failed;
    outcome.error = std::string("error: cannot write the job's record: ") + e.what();
  }
}

Shard chooseShard(const BatchOptions& options) {
  if (!options.shard.empty()) return parseShard(options.shard);
  return shardFromEnvironment(options.shards);
}

struct Plan {
  Manifest manifest;
  std::vector<std::string> keys;  // per job, for the record
  std::vector<size_t> pending;    // jobs to render
  std::vector<JobOutcome> up_to_date;
};

// The cores left to each worker's export: workers already keep every core busy, and threads of their own
// would only contend with the other workers (the output does not depend on it).
unsigned exportThreads(int workers) {
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  return std::max(1u, cores / static_cast<unsigned>(std::max(1, workers)));
}

Plan plan(const BatchOptions& options) {
  Plan plan{loadManifest(options.manifest), {}, {}, {}};
  const Shard shard = chooseShard(options);
  const std::optional<int64_t> epoch = pipeline::sourceDateEpoch();
  for (size_t i = 0; i < plan.manifest.jobs.size(); ++i) {
    Job& job = plan.manifest.jobs[i];
    job.render.creation_time = epoch;
    job.render.threads = exportThreads(options.workers);
    plan.keys.push_back(jobKey(job, options.version));
    if (!shard.contains(job.id)) continue;
    JobOutcome outcome;
    outcome.job = &job;
    outcome.status = JobStatus::UpToDate;
    if (!options.force && readUpToDate(job, plan.keys.back(), outcome))
      plan.up_to_date.push_back(std::move(outcome));
    else
      plan.pending.push_back(i);
  }
  return plan;
}

void writeReport(const BatchOptions& options, const std::vector<JobOutcome>& outcomes) {
  if (options.report.empty()) return;
  const std::filesystem::path folder = std::filesystem::path(options.report).parent_path();
  if (!folder.empty()) std::filesystem::create_directories(folder);
  exporter::writeFileAtomically(options.report, reportJson(options.manifest, outcomes));
}

}  // namespace

int runBatch(const BatchOptions& options, std::ostream& log) {
  ::signal(SIGPIPE, SIG_IGN);  // a worker that died is seen at its result pipe, not by a signal here
  Plan work;
  try {
    work = plan(options);
  } catch (const InputError& e) {
    log << e.what() << "\n";
    return 1;
  }
  Progress progress(log, work.up_to_date.size() + work.pending.size(), options.terminal, options.verbosity);
  std::vector<JobOutcome> outcomes;
  for (JobOutcome& outcome : work.up_to_date) {
    progress.jobDone(outcome);
    outcomes.push_back(std::move(outcome));
  }
  renderInWorkers(work.manifest, work.pending, options, [&](JobOutcome outcome) {
    recordRendered(outcome, work.keys[static_cast<size_t>(outcome.job - work.manifest.jobs.data())]);
    progress.jobDone(outcome);
    outcomes.push_back(std::move(outcome));
  }, progress);
  progress.finish();
  const size_t failed = static_cast<size_t>(std::count_if(
      outcomes.begin(), outcomes.end(), [](const JobOutcome& o) { return o.status == JobStatus::Failed; }));
  if (options.verbosity != Verbosity::Quiet)
    log << fmt::format("{} jobs: {} rendered, {} up to date, {} failed\n", outcomes.size(),
                     outcomes.size() - failed - work.up_to_date.size(), work.up_to_date.size(), failed);
  writeReport(options, outcomes);
  return failed > 0 ? 1 : 0;
}

}  // namespace banmian::batch
