#include "fuzz_input.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string_view>

namespace banmian::fuzz {
namespace {

// Made on first use, removed when the fuzzer exits normally (at the end of -max_total_time).
struct Folder {
  Folder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "banmian-fuzz-XXXXXX").string();
    if (!mkdtemp(pattern.data())) std::abort();
    path = pattern;
  }
  ~Folder() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
  std::string path;
};

const std::string& folder() {
  static const Folder dir;
  return dir.path;
}

void write(const std::string& path, std::string_view bytes) {
  std::ofstream(path, std::ios::binary | std::ios::trunc).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

}  // namespace

FuzzFiles writeFuzzFiles(const uint8_t* bytes, size_t size) {
  std::string_view rest(reinterpret_cast<const char*>(bytes), size);
  std::string_view parts[3];
  for (int i = 0; i < 3; ++i) {
    size_t end = i < 2 ? rest.find('\0') : std::string_view::npos;
    parts[i] = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
  }
  // The article keeps the example's name, so that the data's `article:` still finds it.
  FuzzFiles files{folder() + "/layout.yaml", folder() + "/data.yaml", folder() + "/liling-2020h1.md"};
  write(files.layout, parts[0]);
  write(files.data, parts[1]);
  write(files.article, parts[2]);
  return files;
}

}  // namespace banmian::fuzz
