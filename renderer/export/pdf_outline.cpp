#include "export/pdf_outline.h"

#include <fmt/format.h>

#include <algorithm>

#include "export/bookmark_tree.h"
#include "export/pdf_syntax.h"

namespace banmian::exporter::pdf {
namespace {

struct OutlineItem {
  const display::Bookmark* bookmark = nullptr;
  int object = 0;
  int parent = -1;  // index into the items; -1: the outline dictionary
  std::vector<int> children;
  int descendants = 0;
};

// The bookmarks as a tree (export/bookmark_tree.h), with the top-level entries in `top`.
std::vector<OutlineItem> nest(const display::Document& doc, std::vector<int>& top) {
  const std::vector<int> parents = bookmarkParents(doc);
  std::vector<OutlineItem> items;
  for (size_t i = 0; i < doc.bookmarks.size(); ++i) {
    const int parent = parents[i];
    items.push_back({&doc.bookmarks[i], 0, parent, {}, 0});
    (parent < 0 ? top : items[static_cast<size_t>(parent)].children).push_back(static_cast<int>(i));
    for (int up = parent; up >= 0; up = items[static_cast<size_t>(up)].parent) ++items[static_cast<size_t>(up)].descendants;
  }
  return items;
}

// /First, /Last and /Count of a node whose children are `children` (all open: the count is positive).
std::string childEntries(const std::vector<OutlineItem>& items, const std::vector<int>& children, int count) {
  if (children.empty()) return "";
  return fmt::format(" /First {} 0 R /Last {} 0 R /Count {}", items[children.front()].object,
                     items[children.back()].object, count);
}

}  // namespace

int writeOutline(PdfFile& file, const display::Document& doc, const std::vector<int>& page_objects) {
  std::vector<int> top;
  std::vector<OutlineItem> items = nest(doc, top);
  if (items.empty()) return 0;
  const int root = file.reserve();
  for (auto& item : items) item.object = file.reserve();
  for (size_t i = 0; i < items.size(); ++i) {
    const OutlineItem& item = items[i];
    const std::vector<int>& siblings = item.parent < 0 ? top : items[item.parent].children;
    const auto at = std::find(siblings.begin(), siblings.end(), static_cast<int>(i)) - siblings.begin();
    std::string links = fmt::format(" /Parent {} 0 R", item.parent < 0 ? root : items[item.parent].object);
    if (at > 0) links += fmt::format(" /Prev {} 0 R", items[siblings[at - 1]].object);
    if (static_cast<size_t>(at) + 1 < siblings.size()) links += fmt::format(" /Next {} 0 R", items[siblings[at + 1]].object);
    const display::Bookmark& b = *item.bookmark;
    const double y = doc.pages[b.page].height - b.y;
    file.object(item.object, fmt::format("<< /Title {}{}{} /Dest [{} 0 R /XYZ 0 {} 0] >>", textString(b.title),
                                         links, childEntries(items, item.children, item.descendants),
                                         page_objects[b.page], number(y)));
  }
  file.object(root, "<< /Type /Outlines" + childEntries(items, top, static_cast<int>(items.size())) + " >>");
  return root;
}

int writeInfo(PdfFile& file, const display::Metadata& m) {
  std::string entries;
  const std::pair<const char*, const std::string*> texts[] = {
      {"Title", &m.title}, {"Author", &m.author}, {"Subject", &m.subject}, {"Keywords", &m.keywords},
      {"Creator", &m.creator}};
  for (const auto& [key, value] : texts)
    if (!value->empty()) entries += fmt::format(" /{} {}", key, textString(*value));
  entries += " /Producer (banmian)";
  // Without a creation time (no SOURCE_DATE_EPOCH) the file has no dates: its bytes depend on the
  // document alone, never on the clock.
  if (m.creation_time) entries += fmt::format(" /CreationDate {0} /ModDate {0}", date(*m.creation_time));
  const int info = file.reserve();
  file.object(info, "<<" + entries + " >>");
  return info;
}

}  // namespace banmian::exporter::pdf
