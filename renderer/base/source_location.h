#pragma once
// Where a value came from in the user's input, so every error can point at it.
#include <string>

namespace banmian {

struct SourceLocation {
  std::string file;
  int line = 0;    // 1-based; 0 when unknown
  int column = 0;  // 1-based; 0 when unknown

  bool known() const { return line > 0; }
  // "file:line:col", or just "file" when the position is unknown.
  std::string str() const;
};

}  // namespace banmian
