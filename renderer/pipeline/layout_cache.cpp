#include "pipeline/layout_cache.h"

#include "load/layout_loader.h"
#include "load/text_file.h"

namespace banmian::pipeline {

const model::Layout& LayoutCache::layout(const std::string& path) {
  std::optional<std::string> bytes = load::readTextFile(path);
  auto it = kept_.find(path);
  if (bytes && it != kept_.end() && it->second.bytes == *bytes) return it->second.layout;
  model::Layout loaded = load::loadLayout(path);  // reports a missing or unreadable file itself
  if (kept_.size() >= kKeptLayouts) kept_.clear();
  Kept& entry = kept_[path];
  entry = {bytes.value_or(""), std::move(loaded)};
  return entry.layout;
}

}  // namespace banmian::pipeline
