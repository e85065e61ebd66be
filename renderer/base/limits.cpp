#include "base/limits.h"

#include <fmt/format.h>

#include <cmath>
#include <cstring>
#include <stdexcept>

namespace banmian {
namespace {

std::vector<Limit>& table() {
  static std::vector<Limit> limits = {
      {"image-pixels", "pixels in one image", 100e6},
      {"image-file-size", "bytes in one image file", 256.0 * 1024 * 1024},
      {"text-file-size", "bytes in one YAML or Markdown file", 32.0 * 1024 * 1024},
      {"font-size", "points of a font size", 1000},
      {"metric-magnitude", "absolute value of a metric", 1e15},
  };
  return limits;
}

Limit* find(const char* name) {
  for (Limit& l : table())
    if (std::strcmp(l.name, name) == 0) return &l;
  return nullptr;
}

}  // namespace

const std::vector<Limit>& limits() { return table(); }

double limit(const char* name) {
  const Limit* l = find(name);
  if (!l) throw std::logic_error(std::string("no limit named ") + name);
  return l->value;
}

void setLimit(const std::string& name, double value) {
  Limit* l = find(name.c_str());
  if (!l) {
    std::string names;
    for (const Limit& known : table()) names += std::string(names.empty() ? "" : ", ") + known.name;
    throw std::invalid_argument(fmt::format("unknown limit '{}' (limits: {})", name, names));
  }
  if (!std::isfinite(value) || value <= 0)
    throw std::invalid_argument(fmt::format("limit '{}' must be a positive number", name));
  l->value = value;
}

std::string exceededLimit(const char* name) {
  const Limit* l = find(name);
  if (!l) throw std::logic_error(std::string("no limit named ") + name);
  return fmt::format("exceeds the limit '{}' ({:.15g} {}; raise it with --limit {}=N)", l->name, l->value, l->what,
                     l->name);
}

}  // namespace banmian
