#pragma once
#include <string>

#include "base/diagnostics.h"
#include "load/model.h"

namespace banmian::load {

// Reads and checks a data file (data/*.yaml) and the Markdown article it names. Errors are located at the
// offending key or value (or Markdown line). Files the data names must lie under `file_root` (default: the
// data file's folder; see file_access.h).
// Records in `sink` every error it finds in independent parts (each photo, chart, metric, story); the
// document returned is whole only when it recorded none.
model::Document loadDocument(const std::string& path, const std::string& file_root, DiagnosticSink& sink);
// Throws banmian::InputError, the first error.
model::Document loadDocument(const std::string& path, const std::string& file_root = "");

}  // namespace banmian::load
