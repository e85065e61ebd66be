#pragma once
// What every frame composer needs while it builds one page.
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
  PageGrid grid;
  StyleSheet styles;
  display::Page page;
  std::vector<display::Bookmark> bookmarks;

  std::vector<display::Item>& items() { return page.items; }
};

}  // namespace banmian::compose
