#pragma once
#include <string>

#include "load/model.h"

namespace banmian::load {

// Reads and checks a data file (data/*.yaml) and the Markdown article it names. Throws
// banmian::InputError, located at the offending key or value (or Markdown line), on any bad input.
model::Document loadDocument(const std::string& path);

}  // namespace banmian::load
