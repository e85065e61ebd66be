#pragma once
// Where the end-to-end tests find the repository's files and the banmian binary.
#include <string>

#include "shell.h"

namespace banmian::e2e {

using testing::exists;
using testing::quote;
using testing::readFile;
using testing::run;
using testing::tempDir;
using Result = testing::CommandResult;

std::string repo(const std::string& relative);
std::string banmian();

}  // namespace banmian::e2e
