#pragma once
// What every frame composer needs while it builds a page.
#include <vector>

#include "base/diagnostics.h"
#include "compose/page_grid.h"
#include "compose/style_sheet.h"
#include "display/display_list.h"
#include "load/model.h"
#include "resolve/resolved_assets.h"
#include "typeset/typesetter.h"

namespace banmian::compose {

struct ComposeContext {
  const model::Layout& layout;
  const model::Document& document;
  const resolve::ResolvedAssets& assets;
  typeset::Typesetter& typesetter;
  DiagnosticSink& diagnostics;
  StyleSheet styles;
  const model::Master* master;  // of the page being composed
  PageGrid grid;                // that master's grid
  int page_index = 0;           // 0-based
  std::vector<display::Item>* out = nullptr;  // where composers put their items
  std::vector<display::Bookmark> bookmarks;

  std::vector<display::Item>& items() { return *out; }
  void usePage(const model::Master& page_master, int index) {
    master = &page_master;
    grid = PageGrid(page_master);
    page_index = index;
  }
};

}  // namespace banmian::compose
