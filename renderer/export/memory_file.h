#pragma once
// Bytes in an anonymous in-memory file (memfd_create) that libraries which read only from a path, such
// as libharu's TrueType loader, can open as /proc/self/fd/N. It has no name in any directory, so a run
// killed at any moment leaves nothing behind (a temporary directory would stay in $TMPDIR).
#include <optional>
#include <string>

namespace banmian::exporter {

class MemoryFile {
 public:
  // A new memory file holding `length` bytes from `data`; nullopt when the system has no memfd or no
  // /proc (callers then fall back to something that needs no file).
  static std::optional<MemoryFile> create(const char* name, const char* data, size_t length);

  MemoryFile(MemoryFile&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
  MemoryFile& operator=(MemoryFile&&) = delete;
  MemoryFile(const MemoryFile&) = delete;
  MemoryFile& operator=(const MemoryFile&) = delete;
  ~MemoryFile();

  // Valid while this object lives, in this process only.
  std::string path() const { return "/proc/self/fd/" + std::to_string(fd_); }

 private:
  explicit MemoryFile(int fd) : fd_(fd) {}
  int fd_;
};

}  // namespace banmian::exporter
