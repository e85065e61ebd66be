#pragma once
// A batch manifest: the jobs to render, listed one by one or as a matrix (one layout x the data files a glob
// matches), each with the options of `banmian render`. Paths are relative to the manifest's folder.
#include <string>
#include <vector>

#include "base/source_location.h"
#include "pipeline/render_pipeline.h"

namespace banmian::batch {

// A fault a worker is told to have, so that tests can watch a crash or a hang be contained. The manifest
// accepts `test-fault` only when BANMIAN_TEST_FAULTS=1 is set.
enum class TestFault { None, Crash, Hang };

struct Job {
  std::string id;             // stable across runs: what sharding and the incremental record key on
  pipeline::RenderOptions render;  // paths already made relative to the working directory
  TestFault fault = TestFault::None;
  SourceLocation where;       // the manifest entry the job comes from
};

struct Manifest {
  std::string file;
  std::vector<Job> jobs;  // in manifest order; ids and output files are unique
};

// Throws InputError at the manifest's line and column for unknown keys, wrong types, a glob that matches
// nothing, duplicate ids or two jobs writing one file.
Manifest loadManifest(const std::string& path);

}  // namespace banmian::batch
