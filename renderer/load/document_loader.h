#pragma once
#include <string>

#include "load/model.h"

namespace banmian::load {

// Reads and checks a data file (data/*.yaml) and the Markdown article it names. Throws
// banmian::InputError, located at the offending key or value (or Markdown line), on any bad input.
// Files the data names must lie under `file_root` (default: the data file's folder; see file_access.h).
model::Document loadDocument(const std::string& path, const std::string& file_root = "");

}  // namespace banmian::load
