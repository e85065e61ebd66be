#include "load/text_file.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace banmian::load {

std::optional<std::string> readTextFile(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return text.str();
}

}  // namespace banmian::load
