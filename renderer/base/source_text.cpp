#include "base/source_text.h"

#include <algorithm>

#include "base/utf8.h"

namespace banmian {

namespace {

// The line that starts at byte `start`, without its line break.
std::string_view lineFrom(std::string_view text, size_t start) {
  if (start > text.size()) return {};
  std::string_view result = text.substr(start, text.find('\n', start) - start);
  if (!result.empty() && result.back() == '\r') result.remove_suffix(1);
  return result;
}

}  // namespace

std::string_view lineOf(std::string_view text, int line) {
  size_t start = 0;
  for (int i = 1; i < line; ++i) {
    start = text.find('\n', start);
    if (start == std::string_view::npos) return {};
    ++start;
  }
  if (line < 1) return {};
  return lineFrom(text, start);
}

LineStarts::LineStarts(std::string_view text) : starts_{0} {
  for (size_t at = text.find('\n'); at != std::string_view::npos; at = text.find('\n', at + 1))
    starts_.push_back(at + 1);
}

std::string_view LineStarts::line(std::string_view text, int line) const {
  if (line < 1 || static_cast<size_t>(line) > starts_.size()) return {};
  return lineFrom(text, starts_[static_cast<size_t>(line) - 1]);
}

int characterColumn(std::string_view line, size_t byte_offset) {
  const std::string_view before = line.substr(0, std::min(byte_offset, line.size()));
  int column = 1;
  for (size_t pos = 0; pos < before.size(); ++column) utf8::next(before, pos);
  // A column past the line's end (an error at a line break) keeps its distance from the end.
  return column + static_cast<int>(byte_offset > line.size() ? byte_offset - line.size() : 0);
}

}  // namespace banmian
