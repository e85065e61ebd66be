#pragma once
// --report report.json: per job its status, error (with location), warnings, pages, seconds and outputs
// with their SHA-256.
#include <string>
#include <vector>

#include "batch/job_outcome.h"

namespace banmian::batch {

std::string reportJson(const std::string& manifest, const std::vector<JobOutcome>& outcomes);

}  // namespace banmian::batch
