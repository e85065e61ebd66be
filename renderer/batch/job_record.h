#pragma once
// The incremental record: after each successful job, a small file beside its PDF
// (OUTDIR/.banmian-batch/JOBHASH.yaml, replaced atomically, so a killed run loses at most the jobs in flight)
// holds the hashes of what the job read and wrote. A job whose record still matches is not rendered again.
#include <optional>
#include <string>
#include <vector>

#include "batch/job_outcome.h"
#include "batch/manifest.h"

namespace banmian::batch {

// Everything about a job but its input files that changes its pages: banmian's version, its options,
// SOURCE_DATE_EPOCH.
std::string jobKey(const Job& job, const std::string& version);

std::string recordPath(const Job& job);

// True when the job's record says the same inputs made its outputs and they are still there unchanged;
// then `outcome` has the outputs with their hashes and the page count.
bool readUpToDate(const Job& job, const std::string& key, JobOutcome& outcome);

// Hashes the outputs into `outcome.outputs` and writes the record. Throws ExportError when it cannot.
void writeRecord(const Job& job, const std::string& key, JobOutcome& outcome);

}  // namespace banmian::batch
