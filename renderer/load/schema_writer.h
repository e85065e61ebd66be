#pragma once
// JSON Schema (draft 2020-12) from a key table: what `banmian schema` prints and schema/*.schema.json hold.
#include <string>
#include <string_view>

#include "load/key_spec.h"

namespace banmian::load {

// The schema of a file whose top level is `root`, every map it reaches under `$defs`.
std::string writeJsonSchema(const MapSpec& root, std::string_view title);

}  // namespace banmian::load
