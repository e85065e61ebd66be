#include "shell.h"

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace banmian::testing {

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
  std::string pattern = (std::filesystem::temp_directory_path() / "banmian-test-XXXXXX").string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  return pattern;
}

CommandResult run(const std::string& command) {
  // Output goes through files, not pipes, so a chatty command can never block on a full pipe.
  static const std::string dir = tempDir();
  const std::string out = dir + "/stdout", err = dir + "/stderr";
  int raw = std::system((command + " >" + quote(out) + " 2>" + quote(err) + " </dev/null").c_str());
  return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, readFile(out), readFile(err)};
}

}  // namespace banmian::testing
