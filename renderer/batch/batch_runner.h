#pragma once
// `banmian batch MANIFEST.yaml`: renders a manifest's jobs (or this shard's part of them) in N forked
// workers, skips jobs whose record says they are up to date, reports each job as it ends.
#include <ostream>

#include <banmian/banmian.h>

namespace banmian::batch {

// The options are the public API's (include/banmian/banmian.h).
using ::banmian::BatchOptions;

// Returns the exit status: 0 when every job succeeded, 1 when any failed or the manifest is bad.
int runBatch(const BatchOptions& options, std::ostream& log);

}  // namespace banmian::batch
