#pragma once
// Helpers shared by the tests that shell out to banmian or to PDF tools (qpdf, poppler): run a command,
// read a file, make a scratch folder.
#include <string>

namespace banmian::testing {

struct CommandResult {
  int status = -1;  // exit status; -1 when the command did not exit normally
  std::string out;  // its standard output
  std::string err;  // its standard error
};

// Runs `command` through the shell with no standard input.
CommandResult run(const std::string& command);
// Single-quotes `s` for the shell.
std::string quote(const std::string& s);
std::string readFile(const std::string& path);
bool exists(const std::string& path);
// A fresh empty folder under the system's temporary folder.
std::string tempDir();

}  // namespace banmian::testing
