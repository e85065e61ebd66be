#pragma once
#include <string>

#include "load/model.h"

namespace banmian::load {

// Reads and checks a layout file (layouts/*.yaml). Throws banmian::InputError, located at the
// offending key or value, on any bad input.
model::Layout loadLayout(const std::string& path);

}  // namespace banmian::load
