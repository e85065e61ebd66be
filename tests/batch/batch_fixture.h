#pragma once
// Scratch folders with generated data sets and manifests, and banmian batch run on them.
#include <string>
#include <vector>

#include "shell.h"

namespace banmian::batch_test {

std::string repo(const std::string& relative);
void writeFile(const std::string& path, const std::string& text);

// `count` bulletin data sets in `folder` (qinglan-01.yaml ...), the example's metrics varied per set, all
// reading the example's story (copied beside them).
std::vector<std::string> writeBulletinDataSets(const std::string& folder, int count);
// Copies of the Liling page's data (liling-01.yaml ...) with their story.
std::vector<std::string> writeLilingDataSets(const std::string& folder, int count);

// Runs `banmian batch ARGS` in `folder` with `env` (VAR=value ...) before it.
testing::CommandResult runBatch(const std::string& folder, const std::string& args, const std::string& env = "");

// "rendered", "up-to-date" or "failed" jobs in a report.json.
int countStatus(const std::string& report, const std::string& status);

}  // namespace banmian::batch_test
