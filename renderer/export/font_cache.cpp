#include "export/font_cache.h"

#include "export/font_usage.h"

namespace banmian::exporter {

FontCache::FontCache(const display::Document& doc, bool presubset, FaceStore& store) {
  std::vector<FontUsage> usage = collectFontUsage(doc);
  for (size_t i = 0; i < doc.fonts.size(); ++i) {
    // Fonts no glyph run uses are not loaded at all.
    if (usage[i].glyphs.empty())
      faces_.emplace_back();
    else
      faces_.push_back(presubset ? store.subset(doc.fonts[i], usage[i]) : store.original(doc.fonts[i]));
  }
}

uint32_t FontCache::glyph(int index, uint32_t id) const {
  const auto& ids = faces_.at(static_cast<size_t>(index)).new_ids;
  if (!ids || ids->empty()) return id;
  auto it = ids->find(id);
  return it == ids->end() ? 0 : it->second;  // not in the subset: .notdef, as a missing glyph would draw
}

cairo_font_face_t* FontCache::face(int index) const {
  if (index < 0 || static_cast<size_t>(index) >= faces_.size() || !faces_[index].face)
    throw ExportError("no font loaded for index " + std::to_string(index));
  return faces_[index].face.get();
}

}  // namespace banmian::exporter
