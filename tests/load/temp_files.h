#pragma once
// A scratch folder per test for bad-input files.
#include <filesystem>
#include <string>

namespace banmian::load::testing {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // Writes `text` to `name` inside the folder and returns its path.
  std::string write(const std::string& name, const std::string& text) const;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// Replaces the one occurrence of `from` in `text` (fails the test when there is not exactly one).
std::string replaceOnce(std::string text, const std::string& from, const std::string& to);

}  // namespace banmian::load::testing
