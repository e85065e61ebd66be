#include "load/file_access.h"

#include <fmt/format.h>

#include <filesystem>

#include "base/diagnostics.h"

namespace banmian::load {
namespace {

namespace fs = std::filesystem;

fs::path folderOf(const std::string& file) {
  fs::path folder = fs::path(file).parent_path();
  return folder.empty() ? fs::path(".") : folder;
}

// Whether `path` is `root` or inside it, comparing whole components (/data2 is not under /data).
bool isUnder(const fs::path& path, const fs::path& root) {
  auto p = path.begin();
  for (auto r = root.begin(); r != root.end(); ++r, ++p) {
    if (r->empty()) continue;  // a trailing separator
    if (p == path.end() || *p != *r) return false;
  }
  return true;
}

}  // namespace

std::string accessNamedFile(const std::string& root, const std::string& name, const SourceLocation& where,
                            std::string_view kind) {
  if (name.empty()) throw InputError(where, fmt::format("{} is empty: give a file name", kind));
  const fs::path written = fs::path(name).is_absolute() ? fs::path(name) : folderOf(where.file) / name;
  std::error_code error;
  const fs::path file = fs::canonical(written, error);
  if (error)
    throw InputError(where, fmt::format("{} '{}' not found or not readable (looked for {})", kind, name,
                                        written.lexically_normal().string()));
  const fs::path allowed = fs::canonical(root.empty() ? folderOf(where.file) : fs::path(root), error);
  if (error || !isUnder(file, allowed))
    throw InputError(where, fmt::format("{} '{}' is {}, outside the root folder {}: files the input names must "
                                        "lie under it ('--root DIR' widens it)",
                                        kind, name, file.string(), error ? root : allowed.string()));
  if (!fs::is_regular_file(file, error))
    throw InputError(where, fmt::format("{} '{}' ({}) is not a regular file", kind, name, file.string()));
  return file.string();
}

}  // namespace banmian::load
