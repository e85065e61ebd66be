#include "batch_fixture.h"

#include <filesystem>
#include <fstream>
#include <regex>

#include <fmt/format.h>

namespace banmian::batch_test {

namespace fs = std::filesystem;

std::string repo(const std::string& relative) { return std::string(BANMIAN_SOURCE_DIR) + "/" + relative; }

void writeFile(const std::string& path, const std::string& text) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

std::vector<std::string> writeBulletinDataSets(const std::string& folder, int count) {
  fs::create_directories(folder);
  fs::copy_file(repo("data/qinglan-2026q3.md"), folder + "/qinglan-2026q3.md", fs::copy_options::overwrite_existing);
  const std::string example = testing::readFile(repo("data/qinglan-2026q3.yaml"));
  const std::regex value("value: ([0-9]+)\\.([0-9])");
  std::vector<std::string> files;
  for (int i = 1; i <= count; ++i) {
    // Each set moves every metric's first decimal by i: other figures, the same shape of text.
    std::string text;
    auto begin = std::sregex_iterator(example.begin(), example.end(), value);
    size_t last = 0;
    for (auto it = begin; it != std::sregex_iterator(); ++it) {
      text += example.substr(last, static_cast<size_t>(it->position()) - last);
      text += fmt::format("value: {}.{}", (*it)[1].str(), (std::stoi((*it)[2].str()) + i) % 10);
      last = static_cast<size_t>(it->position() + it->length());
    }
    text += example.substr(last);
    files.push_back(fmt::format("{}/qinglan-{:02}.yaml", folder, i));
    writeFile(files.back(), text);
  }
  return files;
}

std::vector<std::string> writeLilingDataSets(const std::string& folder, int count) {
  fs::create_directories(folder);
  fs::copy_file(repo("data/liling-2020h1.md"), folder + "/liling-2020h1.md", fs::copy_options::overwrite_existing);
  const std::string example = testing::readFile(repo("data/liling-2020h1.yaml"));
  std::vector<std::string> files;
  for (int i = 1; i <= count; ++i) {
    files.push_back(fmt::format("{}/liling-{:02}.yaml", folder, i));
    writeFile(files.back(), example);
  }
  return files;
}

testing::CommandResult runBatch(const std::string& folder, const std::string& args, const std::string& env) {
  return testing::run(fmt::format("cd {} && {} {} batch {}", testing::quote(folder), env, BANMIAN_BINARY, args));
}

int countStatus(const std::string& report, const std::string& status) {
  const std::string needle = "\"status\": \"" + status + "\"";
  int count = 0;
  for (size_t at = report.find(needle); at != std::string::npos; at = report.find(needle, at + 1)) ++count;
  return count;
}

}  // namespace banmian::batch_test
