#pragma once
// How Document::bookmarks nest, for every writer's outline: one rule, so that the three PDFs agree.
#include <vector>

#include "display/display_list.h"

namespace banmian::exporter {

// The parent of each bookmark (an index into doc.bookmarks), or -1 at the top level. A level deeper than
// the previous entry allows (1 then 3) hangs under the deepest open entry. Throws ExportError for a bookmark
// on a page the document does not have.
std::vector<int> bookmarkParents(const display::Document& doc);

}  // namespace banmian::exporter
