// The public API's batch runs: banmian::runBatch over renderer/batch.
#include <banmian/banmian.h>

#include "batch/batch_runner.h"

namespace banmian {

int runBatch(const BatchOptions& options, std::ostream& log) {
  BatchOptions run = options;
  if (run.version.empty()) run.version = version();
  return batch::runBatch(run, log);
}

}  // namespace banmian
