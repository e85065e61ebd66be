#pragma once
// `banmian batch MANIFEST.yaml`: renders a manifest's jobs (or this shard's part of them) in N forked
// workers, skips jobs whose record says they are up to date, reports each job as it ends.
#include <optional>
#include <ostream>
#include <string>

namespace banmian::batch {

struct BatchOptions {
  std::string manifest;
  int workers = 1;
  double job_timeout = 0;             // seconds; 0: none
  bool force = false;                 // render even jobs that are up to date
  std::string report;                 // report.json to write; empty: none
  std::string shard;                  // "K/N"; empty: from the environment
  std::optional<int> shards;          // how many shards JOB_COMPLETION_INDEX counts
  std::string version;                // banmian's version: a new one renders everything again
  bool terminal = false;              // draw a progress bar instead of log lines
};

// Returns the exit status: 0 when every job succeeded, 1 when any failed or the manifest is bad.
int runBatch(const BatchOptions& options, std::ostream& log);

}  // namespace banmian::batch
