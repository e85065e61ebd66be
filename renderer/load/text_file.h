#pragma once
#include <optional>
#include <string>

namespace banmian::load {

// The whole file, or nothing when it is missing, not a regular file, or unreadable: callers know
// which input named it and report the error there.
std::optional<std::string> readTextFile(const std::string& path);

}  // namespace banmian::load
