#include "batch/batch_report.h"

#include <fmt/format.h>

#include "base/json_text.h"

namespace banmian::batch {
namespace {

using json::quoted;

const char* statusName(JobStatus status) {
  switch (status) {
    case JobStatus::Rendered: return "rendered";
    case JobStatus::UpToDate: return "up-to-date";
    case JobStatus::Failed: break;
  }
  return "failed";
}

std::string jobJson(const JobOutcome& o) {
  std::string outputs, warnings;
  for (const OutputFile& file : o.outputs)
    outputs += fmt::format("{}{{\"path\": {}, \"sha256\": {}}}", outputs.empty() ? "" : ", ", quoted(file.path),
                           quoted(file.sha256));
  for (const std::string& warning : o.warnings) warnings += (warnings.empty() ? "" : ", ") + quoted(warning);
  return fmt::format(
      "    {{\"id\": {}, \"status\": \"{}\", \"error\": {}, \"warnings\": [{}], \"pages\": {}, \"seconds\": {:.3f}, "
      "\"outputs\": [{}]}}",
      quoted(o.job->id), statusName(o.status), o.error.empty() ? "null" : quoted(o.error), warnings, o.pages,
      o.seconds, outputs);
}

}  // namespace

std::string reportJson(const std::string& manifest, const std::vector<JobOutcome>& outcomes) {
  size_t counts[3] = {0, 0, 0};
  std::string jobs;
  for (const JobOutcome& outcome : outcomes) {
    ++counts[static_cast<int>(outcome.status)];
    jobs += (jobs.empty() ? "" : ",\n") + jobJson(outcome);
  }
  return fmt::format("{{\n  \"manifest\": {},\n  \"rendered\": {}, \"up_to_date\": {}, \"failed\": {},\n"
                     "  \"jobs\": [\n{}\n  ]\n}}\n",
                     quoted(manifest), counts[0], counts[1], counts[2], jobs);
}

}  // namespace banmian::batch
