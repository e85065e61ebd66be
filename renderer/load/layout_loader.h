#pragma once
// Reads a layout file into model::Layout.
#include <string>

#include "base/diagnostics.h"
#include "load/model.h"

namespace banmian::load {

// Records in `sink` every error it finds in independent parts of the file (sink.stopOnErrors() then
// stops the run); the layout returned is whole only when it recorded none.
model::Layout loadLayout(const std::string& path, DiagnosticSink& sink);
// Throws the first error.
model::Layout loadLayout(const std::string& path);

}  // namespace banmian::load
