#pragma once
// One Cairo font face per display::FontFace of a document. Before anything is drawn it collects, per
// face, every glyph id the whole document uses, so that each face is subset once for the document.
#include <cairo.h>

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "display/display_list.h"
#include "export/cairo_handles.h"

namespace banmian::exporter {

class FontCache {
 public:
  // Loads every font of `doc` (throws ExportError naming the file when one cannot be loaded).
  // `presubset` = false embeds the original files (for measurements only).
  FontCache(const display::Document& doc, bool presubset);

  // The face for Document::fonts[index]; throws ExportError when the index is out of range.
  cairo_font_face_t* face(int index) const;
  // The id to draw the display list's glyph `id` of Document::fonts[index] with: subsets number their
  // glyphs afresh.
  uint32_t glyph(int index, uint32_t id) const;

 private:
  std::vector<FontFacePtr> faces_;
  std::vector<std::unordered_map<uint32_t, uint32_t>> new_ids_;  // per face; empty: ids unchanged
};

}  // namespace banmian::exporter
