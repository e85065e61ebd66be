#include "export/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <optional>
#include <random>

#include "export/export_error.h"

namespace banmian::exporter {
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what) {
  throw ExportError("cannot write " + path + ": " + what);
}

[[noreturn]] void failErrno(const std::string& path, const std::string& what, int err) {
  fail(path, what + ": " + std::strerror(err));
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

std::optional<struct stat> statOf(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  return st;
}

// Follows `path` while it is a symbolic link: the file that writing "through" the link replaces.
std::string finalTarget(const std::string& path) {
  std::filesystem::path current = path;
  for (int hops = 0; hops < 40; ++hops) {
    std::error_code error;
    if (!std::filesystem::is_symlink(std::filesystem::symlink_status(current, error))) return current.string();
    std::filesystem::path target = std::filesystem::read_symlink(current, error);
    if (error) failErrno(path, "cannot read the symbolic link", error.value());
    current = target.is_absolute() ? target : current.parent_path() / target;
  }
  failErrno(path, "cannot follow the symbolic link", ELOOP);
}

std::string directoryOf(const std::string& file) {
  std::string dir = std::filesystem::path(file).parent_path().string();
  return dir.empty() ? "." : dir;
}

// A file we may replace is a regular file with write permission (root passes access(W_OK) for any
// file, so the permission bits are read as well).
void checkExistingTarget(const std::string& path, const std::string& target, const struct stat& st) {
  if (S_ISDIR(st.st_mode)) fail(path, "it is a directory");
  if (!S_ISREG(st.st_mode))
    fail(path, "it is not a regular file (a device, FIFO or socket), which banmian never replaces");
  if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0 || ::access(target.c_str(), W_OK) != 0)
    fail(path, "the file is read-only (banmian does not replace read-only files; make it writable or "
               "remove it)");
}

void checkDirectory(const std::string& path, const std::string& dir) {
  std::optional<struct stat> st = statOf(dir);
  if (!st) failErrno(path, "no directory " + dir, errno);
  if (!S_ISDIR(st->st_mode)) fail(path, dir + " is not a directory");
  if (::access(dir.c_str(), W_OK | X_OK) != 0) failErrno(path, "directory " + dir + " is not writable", errno);
}

std::string randomSuffix() {
  static std::mt19937_64 generator{std::random_device{}()};
  static const char kLetters[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string s;
  for (int i = 0; i < 10; ++i) s += kLetters[generator() % (sizeof kLetters - 1)];
  return s;
}

std::string temporaryName(const std::string& target) {
  std::filesystem::path p = target;
  return (p.parent_path() / ("." + p.filename().string() + ".banmian-" + randomSuffix())).string();
}

// Gives the complete unnamed file `fd` the name `target`. A new name is linked directly (atomic, no
// window); an existing file is replaced by linking under a temporary name and renaming over it (the
// only moment a kill could leave that name behind is between two system calls). Returns errno or 0.
int linkIntoPlace(int fd, const std::string& target) {
  const std::string proc = "/proc/self/fd/" + std::to_string(fd);
  auto link = [&](const std::string& name) {
    if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) == 0) return 0;
    if (errno == ENOENT || errno == EXDEV) {  // no /proc: AT_EMPTY_PATH needs CAP_DAC_READ_SEARCH
      if (::linkat(fd, "", AT_FDCWD, name.c_str(), AT_EMPTY_PATH) == 0) return 0;
    }
    return errno;
  };
  int err = link(target);
  if (err != EEXIST) return err;
  for (int attempt = 0; attempt < 10; ++attempt) {
    std::string temp = temporaryName(target);
    err = link(temp);
    if (err == EEXIST) continue;
    if (err != 0) return err;
    if (std::rename(temp.c_str(), target.c_str()) == 0) return 0;
    err = errno;
    ::unlink(temp.c_str());
    return err;
  }
  return EEXIST;
}

bool writeAndSync(int fd, const std::string& bytes, int& err) {
  if (!writeAll(fd, bytes)) return err = errno, false;
  if (::fsync(fd) != 0) return err = errno, false;
  return true;
}

// Where O_TMPFILE is not supported: a named temporary file (mkstemp) renamed into place.
void writeThroughNamedTemporary(const std::string& path, const std::string& target, const std::string& bytes) {
  std::string pattern = temporaryName(target) + "XXXXXX";
  int fd = ::mkstemp(pattern.data());
  if (fd < 0) failErrno(path, "cannot create a temporary file", errno);
  mode_t mask = ::umask(0);  // mkstemp creates 0600; give the output the permissions open() would
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
  int err = 0;
  bool ok = writeAndSync(fd, bytes, err);
  if (::close(fd) != 0 && ok) ok = false, err = errno;
  if (ok && std::rename(pattern.c_str(), target.c_str()) != 0) ok = false, err = errno;
  if (!ok) {
    ::unlink(pattern.c_str());
    failErrno(path, "write failed", err);
  }
}

void writeToStandardOutput(const std::string& bytes) {
  if (!writeAll(STDOUT_FILENO, bytes)) failErrno("standard output", "write failed", errno);
}

}  // namespace

void checkOutputPath(const std::string& path, const std::vector<std::string>& inputs) {
  if (path == kStandardOutput) return;
  if (path.empty()) fail("''", "empty file name");
  const std::string target = finalTarget(path);
  struct stat st {};
  if (::lstat(target.c_str(), &st) == 0) {
    checkExistingTarget(path, target, st);
    for (const std::string& input : inputs) {
      std::optional<struct stat> in = statOf(input);
      if (in && in->st_dev == st.st_dev && in->st_ino == st.st_ino)
        fail(path, "it is " + input + ", which this run reads");
    }
  } else if (errno != ENOENT) {
    failErrno(path, "cannot inspect it", errno);
  }
  checkDirectory(path, directoryOf(target));
}

void writeFileAtomically(const std::string& path, const std::string& bytes) {
  if (path == kStandardOutput) return writeToStandardOutput(bytes);
  checkOutputPath(path);
  const std::string target = finalTarget(path);
  int fd = ::open(directoryOf(target).c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0) {
    if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL) failErrno(path, "cannot create the file", errno);
    return writeThroughNamedTemporary(path, target, bytes);
  }
  int err = 0;
  bool ok = writeAndSync(fd, bytes, err);
  if (ok) err = linkIntoPlace(fd, target), ok = err == 0;
  ::close(fd);  // unnamed until linked: closing it on failure is all the cleaning up there is
  if (!ok) failErrno(path, "write failed", err);
}

}  // namespace banmian::exporter
