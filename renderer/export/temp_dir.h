#pragma once
// A private temporary directory (mkdtemp: mode 0700, a fresh name) that is removed with everything in
// it when the object goes away, on success and on errors alike. For libraries that read only from
// files, such as libharu's TrueType loader.
#include <optional>
#include <string>

namespace banmian::exporter {

class TempDir {
 public:
  // A new directory under the system's temporary directory ($TMPDIR, else /tmp), named
  // `prefix` + six random characters; nullopt when it cannot be created.
  static std::optional<TempDir> create(const std::string& prefix);

  TempDir(TempDir&& other) noexcept : path_(std::move(other.path_)) { other.path_.clear(); }
  TempDir& operator=(TempDir&&) = delete;
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir();

  const std::string& path() const { return path_; }

 private:
  explicit TempDir(std::string path) : path_(std::move(path)) {}
  std::string path_;
};

}  // namespace banmian::exporter
