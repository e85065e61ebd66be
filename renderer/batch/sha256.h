#pragma once
// SHA-256 (OpenSSL) of bytes and of files, as lowercase hex.
#include <optional>
#include <string>

namespace banmian::batch {

std::string sha256Hex(const std::string& bytes);
// Empty when the file cannot be read (missing, a folder, no permission).
std::optional<std::string> fileSha256Hex(const std::string& path);

}  // namespace banmian::batch
