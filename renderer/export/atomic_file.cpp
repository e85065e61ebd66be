#include "export/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include "export/export_error.h"

namespace banmian::exporter {
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what, int err) {
  throw ExportError("cannot write " + path + ": " + what + ": " + std::strerror(err));
}

bool writeAll(int fd, const std::string& bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

}  // namespace

void writeFileAtomically(const std::string& path, const std::string& bytes) {
  std::string pattern = path + ".tmp-XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  int fd = ::mkstemp(name.data());
  if (fd < 0) fail(path, "cannot create temporary file", errno);
  // mkstemp creates 0600; give the output the usual permissions a plain open() would.
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
  bool ok = writeAll(fd, bytes);
  int err = errno;
  if (ok && ::fsync(fd) != 0) ok = false, err = errno;
  if (::close(fd) != 0 && ok) ok = false, err = errno;
  if (ok && std::rename(name.data(), path.c_str()) != 0) ok = false, err = errno;
  if (!ok) {
    ::unlink(name.data());
    fail(path, "write failed", err);
  }
}

}  // namespace banmian::exporter
