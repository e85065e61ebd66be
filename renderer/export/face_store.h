#pragma once
// The font faces a run of documents draws with. A batch worker renders document after document with the
// same few fonts and, for pages of one design, often the same glyphs: a store kept across documents
// keeps Cairo's glyph cache warm, opens each font file once, and does not make a subset twice for one
// glyph set. Whoever runs many documents owns the store (banmian batch keeps one per worker); a single
// export makes its own. What a document gets does not depend on what was rendered before it: a subset is
// found by everything it is made from, so the bytes written are the same whether it was kept or made.
#include <hb.h>

#include <cstdint>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>

#include "display/display_list.h"
#include "export/cairo_handles.h"
#include "export/font_usage.h"
#include "export/pdf_font.h"

namespace banmian::exporter {

// original glyph id -> the subset's; empty: the face draws the display list's ids unchanged
using GlyphIdMap = std::unordered_map<uint32_t, uint32_t>;

struct SharedFace {
  FontFacePtr face;  // one reference of the holder's own
  std::shared_ptr<const GlyphIdMap> new_ids;
};

class FaceStore {
 public:
  // How many subsets a store keeps (the least recently used go first): enough for a batch whose pages
  // alternate between a few designs, few enough that a worker's memory stays flat.
  static constexpr size_t kKeptSubsets = 24;

  FaceStore() = default;
  ~FaceStore();
  FaceStore(const FaceStore&) = delete;
  FaceStore& operator=(const FaceStore&) = delete;

  // The installed face itself, hinted (raster and SVG output). Throws ExportError when it cannot be loaded.
  SharedFace original(const display::FontFace& font);
  // The face cut down to `usage` (PDF embedding), unhinted; the installed face when HarfBuzz or
  // FreeType cannot make or read a subset. Throws ExportError when neither can be loaded.
  SharedFace subset(const display::FontFace& font, const FontUsage& usage);
  size_t keptSubsets() const;
  // The face as banmian's PDF writer embeds it, made from `usage.glyphs` (the one part of the store that
  // several threads may fill at once: the making runs outside the lock). Throws ExportError.
  std::shared_ptr<const pdf::EmbeddedFont> embedded(const display::FontFace& font, const FontUsage& usage);

 private:
  using FileFace = std::pair<std::string, int>;
  struct KeptSubset {
    FileFace source;
    FontUsage usage;
    SharedFace face;
  };
  SharedFace makeSubset(const display::FontFace& font, const FontUsage& usage);

  mutable std::mutex mutex_;  // a library user may export documents from several threads at once
  std::map<FileFace, SharedFace> originals_;
  std::map<FileFace, hb_face_t*> subset_sources_;  // HarfBuzz's view of each file, read once
  std::map<FileFace, hb_face_t*> embedding_sources_;  // the same without its cmap (openFaceWithoutCmap)
  std::list<KeptSubset> subsets_;                  // most recently used first
  struct KeptEmbedding {
    FileFace source;
    std::vector<uint32_t> glyphs;
    std::shared_ptr<const pdf::EmbeddedFont> font;
  };
  std::list<KeptEmbedding> embedded_;  // most recently used first, at most kKeptSubsets
};

}  // namespace banmian::exporter
