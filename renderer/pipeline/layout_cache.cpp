#include "pipeline/layout_cache.h"

#include "load/layout_loader.h"
#include "load/text_file.h"

namespace banmian::pipeline {

model::Layout LayoutCache::layout(const std::string& path, DiagnosticSink& diagnostics) {
  std::optional<std::string> bytes = load::readTextFile(path);
  auto it = kept_.find(path);
  if (bytes && it != kept_.end() && it->second.bytes == *bytes) return it->second.layout;
  const size_t errors = diagnostics.errors().size();
  ++loads_;
  model::Layout loaded = load::loadLayout(path, diagnostics);  // reports a missing or unreadable file itself
  if (diagnostics.errors().size() > errors || !bytes) return loaded;
  if (kept_.size() >= kKeptLayouts) kept_.clear();
  kept_[path] = {*bytes, loaded};
  return loaded;
}

}  // namespace banmian::pipeline
