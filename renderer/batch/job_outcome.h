#pragma once
// How one job of a batch ended, as the report and the progress line tell it.
#include <string>
#include <vector>

#include "batch/manifest.h"
#include "pipeline/render_pipeline.h"

namespace banmian::batch {

enum class JobStatus { Rendered, UpToDate, Failed };

struct OutputFile {
  std::string path;
  std::string sha256;
};

struct JobOutcome {
  const Job* job = nullptr;
  JobStatus status = JobStatus::Failed;
  std::string error;                 // "file:line:col: error: ...", or how the worker died
  std::vector<std::string> warnings;
  std::vector<std::string> notes;    // typesetting choices, for --verbose
  pipeline::RenderRecord record;          // what the render read and wrote (Rendered only)
  std::vector<OutputFile> outputs;   // with their hashes (Rendered and UpToDate)
  size_t pages = 0;
  double seconds = 0;
};

}  // namespace banmian::batch
