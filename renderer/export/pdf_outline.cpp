#include "export/pdf_outline.h"

#include <fmt/format.h>

#include <algorithm>

#include "export/export_error.h"
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

// Parents by level, as the Cairo writer nests them: an entry deeper than the previous one allows (1 then 3)
// hangs under the deepest open entry.
std::vector<OutlineItem> nest(const display::Document& doc, std::vector<int>& top) {
  std::vector<OutlineItem> items;
  std::vector<int> open;  // open[k]: the latest item at level k+1
  for (const auto& b : doc.bookmarks) {
    if (b.page < 0 || static_cast<size_t>(b.page) >= doc.pages.size())
      throw ExportError("bookmark \"" + b.title + "\" points to missing page " + std::to_string(b.page));
    const size_t level = std::clamp<size_t>(b.level < 1 ? 1 : b.level, 1, open.size() + 1);
    open.resize(level - 1);
    const int index = static_cast<int>(items.size());
    items.push_back({&b, 0, open.empty() ? -1 : open.back(), {}, 0});
    (open.empty() ? top : items[open.back()].children).push_back(index);
    for (int up = items.back().parent; up >= 0; up = items[up].parent) ++items[up].descendants;
    open.push_back(index);
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
