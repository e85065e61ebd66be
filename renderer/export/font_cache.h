#pragma once
// One Cairo font face per display::FontFace of a document. Before anything is drawn it collects, per
// face, every glyph id the whole document uses, so that each face is subset once for the document
// (or found among the subsets a FaceStore keeps).
#include <cairo.h>

#include <cstdint>
#include <vector>

#include "display/display_list.h"
#include "export/face_store.h"

namespace banmian::exporter {

class FontCache {
 public:
  // Loads every font of `doc` (throws ExportError naming the file when one cannot be loaded).
  // `presubset` = false draws with the installed faces (raster, SVG, and PDF for measurements only).
  // The faces come from `store`, which must outlive the cache.
  FontCache(const display::Document& doc, bool presubset, FaceStore& store);

  // The face for Document::fonts[index]; throws ExportError when the index is out of range.
  cairo_font_face_t* face(int index) const;
  // The id to draw the display list's glyph `id` of Document::fonts[index] with: subsets number their
  // glyphs afresh.
  uint32_t glyph(int index, uint32_t id) const;

 private:
  std::vector<SharedFace> faces_;  // per Document::fonts; no face for a font nothing is drawn in
};

}  // namespace banmian::exporter
