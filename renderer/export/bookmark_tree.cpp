#include "export/bookmark_tree.h"

#include <algorithm>
#include <string>

#include "export/export_error.h"

namespace banmian::exporter {

std::vector<int> bookmarkParents(const display::Document& doc) {
  std::vector<int> parents;
  std::vector<int> open;  // open[k]: the latest bookmark at level k+1
  for (const auto& b : doc.bookmarks) {
    if (b.page < 0 || static_cast<size_t>(b.page) >= doc.pages.size())
      throw ExportError("bookmark \"" + b.title + "\" points to missing page " + std::to_string(b.page));
    const size_t level = std::clamp<size_t>(b.level < 1 ? 1 : b.level, 1, open.size() + 1);
    open.resize(level - 1);
    parents.push_back(open.empty() ? -1 : open.back());
    open.push_back(static_cast<int>(parents.size()) - 1);
  }
  return parents;
}

}  // namespace banmian::exporter
