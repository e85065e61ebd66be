#pragma once
// Layouts already loaded, by file name and bytes: a batch renders one layout over many data files, and
// parsing and checking it again for every job costs as much as composing a column. A layout whose file
// has changed since (other bytes) is loaded again, so a hit gives exactly what loading would.
#include <map>
#include <string>

#include "base/diagnostics.h"
#include "load/model.h"

namespace banmian::pipeline {

class LayoutCache {
 public:
  // How many layouts are kept; past it the cache starts afresh (manifests use a handful).
  static constexpr size_t kKeptLayouts = 16;

  // The layout in `path`, loaded (load::loadLayout) when not kept or when its bytes differ. Its
  // mistakes go to `diagnostics` as loadLayout records them; a layout with mistakes is not kept.
  model::Layout layout(const std::string& path, DiagnosticSink& diagnostics);
  // How many times a layout was loaded rather than found kept.
  size_t loads() const { return loads_; }

 private:
  struct Kept {
    std::string bytes;
    model::Layout layout;
  };
  std::map<std::string, Kept> kept_;
  size_t loads_ = 0;
};

}  // namespace banmian::pipeline
