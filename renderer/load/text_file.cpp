#include "load/text_file.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "base/diagnostics.h"
#include "base/limits.h"
#include "base/utf8.h"

namespace banmian::load {

std::optional<std::string> readTextFile(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) return std::nullopt;
  const std::uintmax_t size = std::filesystem::file_size(path, error);
  if (!error && static_cast<double>(size) > limit("text-file-size"))
    throw InputError({path}, fmt::format("the file has {} bytes, which {}", size, exceededLimit("text-file-size")));
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return text.str();
}

void requireUtf8(const std::string& text, const std::string& path) {
  size_t bad = utf8::firstInvalidByte(text);
  if (bad == std::string::npos) return;
  size_t line_start = text.rfind('\n', bad == 0 ? 0 : bad - 1);
  line_start = line_start == std::string::npos || bad == 0 ? 0 : line_start + 1;
  int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(bad), '\n'));
  throw InputError({path, line, static_cast<int>(bad - line_start) + 1},
                   fmt::format("byte 0x{:02X} is not UTF-8 (banmian reads UTF-8 text; was the file saved in "
                               "another encoding, or cut in the middle of a character?)",
                               static_cast<unsigned char>(text[bad])));
}

}  // namespace banmian::load
