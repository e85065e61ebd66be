#pragma once
// Replaces a file in one step: the bytes go to a temporary file in the same directory (same file
// system, so rename() is atomic) which is then renamed over `path`. Readers see the old file or the
// new one, never half of it.
#include <string>

namespace banmian::exporter {

// Throws ExportError naming `path`; on failure neither `path` nor a temporary file is created.
void writeFileAtomically(const std::string& path, const std::string& bytes);

}  // namespace banmian::exporter
