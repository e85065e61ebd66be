#pragma once
// How diagnostics are shown: as GCC and Typst show them, the first line `file:line:col: error: message`,
// then the offending source line and a caret under the column; or, for tools, as JSON.
//
//   layouts/x.yaml:12:16: error: unknown font role 'sogn'; did you mean 'song'?
//      12 |   head: {font: sogn, size: 12pt}
//         |                ^
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"

namespace banmian {

class DiagnosticPrinter {
 public:
  // The first line alone when the file or the line cannot be read.
  std::string human(const Diagnostic& diagnostic);
  // An array of {file, line, column, severity, message, hint}; line and column null when unknown.
  static std::string json(const std::vector<Diagnostic>& diagnostics);

 private:
  const std::string* source(const std::string& file);

  std::map<std::string, std::optional<std::string>> files_;  // read once per run
};

// The columns a character takes in a terminal: 2 for wide and full-width (East Asian) characters.
int displayWidth(char32_t c);

}  // namespace banmian
