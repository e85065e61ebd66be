#pragma once
// The one error type of the export stage: a file could not be written, an image or font could not be
// read, or Cairo refused the drawing. The message always names the file involved.
#include <stdexcept>
#include <string>

namespace banmian::exporter {

class ExportError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Rethrows `e` with `file` in front unless its message already names it, so that every error
// reaching the caller says which output file failed.
[[noreturn]] inline void rethrowNamingFile(const ExportError& e, const std::string& file) {
  std::string what = e.what();
  if (what.find(file) != std::string::npos) throw e;
  throw ExportError(file + ": " + what);
}

}  // namespace banmian::exporter
