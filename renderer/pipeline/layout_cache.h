#pragma once
// Layouts already loaded, by file name and bytes: a batch renders one layout over many data files, and
// parsing and checking it again for every job costs as much as composing a column. A layout whose file
// has changed since (other bytes) is loaded again, so a hit gives exactly what loading would.
#include <map>
#include <string>

#include "load/model.h"

namespace banmian::pipeline {

class LayoutCache {
 public:
  // How many layouts are kept; past it the cache starts afresh (manifests use a handful).
  static constexpr size_t kKeptLayouts = 16;

  // The layout in `path`, loaded (load::loadLayout) when not kept or when its bytes differ. Throws
  // as loadLayout does; a failed load is not kept. The reference holds until the next call.
  const model::Layout& layout(const std::string& path);

 private:
  struct Kept {
    std::string bytes;
    model::Layout layout;
  };
  std::map<std::string, Kept> kept_;
};

}  // namespace banmian::pipeline
