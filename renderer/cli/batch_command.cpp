// `banmian batch MANIFEST`: every job of a manifest, in forked workers.
#include <unistd.h>

#include <banmian/banmian.h>

#include <algorithm>
#include <iostream>
#include <memory>
#include <thread>

#include "command.h"
#include "messages.h"

namespace banmian::cli {

Command addBatchCommand(CLI::App& app) {
  auto options = std::make_shared<BatchOptions>();
  BatchOptions& o = *options;
  CLI::App* batch = app.add_subcommand("batch", "Render every job of a manifest, skipping those up to date");
  batch->add_option("manifest", o.manifest, "Manifest YAML: jobs and matrices")->required()->check(CLI::ExistingFile);
  o.workers = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  batch->add_option("-j,--jobs", o.workers, "Worker processes (default: the number of cores)")
      ->check(CLI::Range(1, 256));
  batch->add_option("--job-timeout", o.job_timeout, "Seconds a job may take before its worker is killed (0: no limit)")
      ->check(CLI::Range(0.0, 1e6));
  batch->add_flag("--force", o.force, "Render every job, even those whose record says they are up to date");
  batch->add_option("--report", o.report, "Write a JSON report: per job status, error, pages, seconds, outputs");
  batch->add_option("--shard", o.shard, "Render only shard K of N (K counts from 0): --shard 0/3");
  batch->add_option("--shards", o.shards, "Shard count for JOB_COMPLETION_INDEX (Kubernetes Indexed Jobs)")
      ->check(CLI::Range(1, 1000000));
  addVerbosityFlags(*batch, o.verbosity);
  batch->footer("Without --shard, JOB_COMPLETION_INDEX (with --shards N) or SLURM_ARRAY_TASK_ID and\n"
                "SLURM_ARRAY_TASK_COUNT choose the shard. Exit status 0 when every job succeeded, 1 otherwise.\n"
                "-q prints failed jobs only; -v each job's warnings and notes under its line.");
  return {batch, [options] {
            options->terminal = ::isatty(STDERR_FILENO) == 1;
            return runBatch(*options, std::cerr);
          }};
}

}  // namespace banmian::cli
