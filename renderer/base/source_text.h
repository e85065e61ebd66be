#pragma once
// Lines and columns of source text. yaml-cpp and cmark count columns in bytes; a diagnostic counts them in
// characters (code points), as editors do, so that a column in a line of Chinese is not off by a factor of
// three. characterColumn is the one place that converts.
#include <cstddef>
#include <string_view>
#include <vector>

namespace banmian {

// Line `line` (1-based) of `text` without its line break (nor a '\r' before it); empty past the end.
std::string_view lineOf(std::string_view text, int line);

// Where each line of a text starts, for finding many lines of one text: every node of a YAML file
// locates itself, and lineOf searches from the text's start each time.
class LineStarts {
 public:
  explicit LineStarts(std::string_view text);
  // lineOf(text, line), for the text the starts were found in.
  std::string_view line(std::string_view text, int line) const;

 private:
  std::vector<size_t> starts_;
};

// The 1-based character column of the byte `byte_offset` (0-based) of `line`.
int characterColumn(std::string_view line, size_t byte_offset);

}  // namespace banmian
