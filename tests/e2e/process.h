#pragma once
// Runs a shell command for the end-to-end tests and captures its exit status and output.
#include <string>

namespace banmian::e2e {

struct Result {
  int status = -1;
  std::string out;
  std::string err;
};

Result run(const std::string& command);
std::string readFile(const std::string& path);
bool exists(const std::string& path);
// A fresh empty directory under the system's temporary directory.
std::string tempDir();
std::string quote(const std::string& s);

// Repository paths.
std::string repo(const std::string& relative);
std::string banmian();

}  // namespace banmian::e2e
