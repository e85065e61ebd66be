#pragma once
// What every harness reads: one fuzz input holding a layout, a data file and its article, separated by
// NUL bytes (the seeds are the examples joined so), written as files into a private folder, since the
// loaders read files by name.
#include <cstddef>
#include <cstdint>
#include <string>

namespace banmian::fuzz {

struct FuzzFiles {
  std::string layout, data, article;  // paths
};

// Splits `bytes` at the first two NUL bytes (missing parts are empty files) and writes the three
// files, replacing those of the previous input.
FuzzFiles writeFuzzFiles(const uint8_t* bytes, size_t size);

}  // namespace banmian::fuzz
