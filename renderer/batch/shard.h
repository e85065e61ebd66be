#pragma once
// Which part of a manifest this run renders. A job belongs to shard (hash of its id) mod N, so adding a job
// never moves the others, and the N shards are disjoint and together the whole manifest.
#include <optional>
#include <string>

namespace banmian::batch {

struct Shard {
  int index = 0;  // 0-based, as JOB_COMPLETION_INDEX and SLURM_ARRAY_TASK_ID count
  int count = 1;
  bool contains(const std::string& job_id) const;
};

// FNV-1a, 64 bits: the same on every machine and in every banmian version.
unsigned long long stableJobHash(const std::string& job_id);

// "K/N" from --shard; throws InputError for anything else (K must be below N).
Shard parseShard(const std::string& text);

// Without --shard: Kubernetes Indexed Jobs set JOB_COMPLETION_INDEX (the count comes from --shards), Slurm
// job arrays SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT (counted from SLURM_ARRAY_TASK_MIN). Neither: all.
Shard shardFromEnvironment(std::optional<int> shards_option);

}  // namespace banmian::batch
