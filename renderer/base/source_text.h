#pragma once
// Lines and columns of source text. yaml-cpp and cmark count columns in bytes; a diagnostic counts them in
// characters (code points), as editors do, so that a column in a line of Chinese is not off by a factor of
// three. characterColumn is the one place that converts.
#include <cstddef>
#include <string_view>

namespace banmian {

// Line `line` (1-based) of `text` without its line break (nor a '\r' before it); empty past the end.
std::string_view lineOf(std::string_view text, int line);

// The 1-based character column of the byte `byte_offset` (0-based) of `line`.
int characterColumn(std::string_view line, size_t byte_offset);

}  // namespace banmian
