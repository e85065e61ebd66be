#pragma once
#include <optional>
#include <string>

namespace banmian::load {

// The whole file, or nothing when it is missing, not a regular file, or unreadable: callers know
// which input named it and report the error there. A file over the limit 'text-file-size' is an
// InputError naming the file.
std::optional<std::string> readTextFile(const std::string& path);

// Throws InputError at the line and column of the first byte of `text` (read from `path`) that is not
// UTF-8: a file saved in GBK, or cut in the middle of a character.
void requireUtf8(const std::string& text, const std::string& path);

}  // namespace banmian::load
