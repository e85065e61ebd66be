#include "export/memory_file.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>

namespace banmian::exporter {
namespace {

bool writeAll(int fd, const char* data, size_t length) {
  while (length > 0) {
    ssize_t n = ::write(fd, data, length);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    length -= static_cast<size_t>(n);
  }
  return true;
}

}  // namespace

std::optional<MemoryFile> MemoryFile::create(const char* name, const char* data, size_t length) {
  int fd = ::memfd_create(name, MFD_CLOEXEC);
  if (fd < 0) return std::nullopt;
  MemoryFile file(fd);
  if (!writeAll(fd, data, length) || ::access(file.path().c_str(), R_OK) != 0) return std::nullopt;
  return file;
}

MemoryFile::~MemoryFile() {
  if (fd_ >= 0) ::close(fd_);
}

}  // namespace banmian::exporter
