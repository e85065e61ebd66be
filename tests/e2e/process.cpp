#include "process.h"

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace banmian::e2e {

std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool exists(const std::string& path) { return std::filesystem::exists(path); }

std::string tempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "banmian-e2e-XXXXXX").string();
  return mkdtemp(pattern.data()) ? pattern : std::string();
}

Result run(const std::string& command) {
  static std::string dir = tempDir();
  std::string out = dir + "/stdout", err = dir + "/stderr";
  int raw = std::system((command + " >" + quote(out) + " 2>" + quote(err) + " </dev/null").c_str());
  return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, readFile(out), readFile(err)};
}

std::string repo(const std::string& relative) { return std::string(BANMIAN_SOURCE_DIR) + "/" + relative; }

std::string banmian() { return BANMIAN_BINARY; }

}  // namespace banmian::e2e
