#pragma once
// What a worker sends back for a job: its outcome as YAML, after an 8-byte length.
#include <string>

#include "batch/job_outcome.h"

namespace banmian::batch {

std::string encodeOutcome(const JobOutcome& outcome);
// `job` is the job the worker was given; throws YAML::Exception on a garbled answer.
JobOutcome decodeOutcome(const std::string& text, const Job& job);

}  // namespace banmian::batch
