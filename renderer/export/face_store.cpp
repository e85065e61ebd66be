#include "export/face_store.h"

#include <ft2build.h>
#include FT_FREETYPE_H

#include "export/font_subsetter.h"
#include "export/ft_face.h"

namespace banmian::exporter {
namespace {

FontFacePtr reference(const FontFacePtr& face) { return FontFacePtr(cairo_font_face_reference(face.get())); }

SharedFace copyOf(const SharedFace& kept) { return {reference(kept.face), kept.new_ids}; }

}  // namespace

FaceStore::~FaceStore() {
  for (auto& [source, face] : subset_sources_) hb_face_destroy(face);
  for (auto& [source, face] : embedding_sources_) hb_face_destroy(face);
}

SharedFace FaceStore::original(const display::FontFace& font) {
  std::lock_guard lock(mutex_);
  const FileFace source{font.file, font.index};
  auto it = originals_.find(source);
  if (it == originals_.end())
    it = originals_.emplace(source, SharedFace{loadInstalledFace(font, 0), std::make_shared<const GlyphIdMap>()})
             .first;
  return copyOf(it->second);
}

SharedFace FaceStore::subset(const display::FontFace& font, const FontUsage& usage) {
  std::lock_guard lock(mutex_);
  const FileFace source{font.file, font.index};
  for (auto it = subsets_.begin(); it != subsets_.end(); ++it) {
    if (it->source != source || it->usage.glyphs != usage.glyphs || it->usage.codepoints != usage.codepoints)
      continue;
    subsets_.splice(subsets_.begin(), subsets_, it);
    return copyOf(subsets_.front().face);
  }
  SharedFace made = makeSubset(font, usage);
  subsets_.push_front({source, usage, copyOf(made)});
  if (subsets_.size() > kKeptSubsets) subsets_.pop_back();
  return made;
}

size_t FaceStore::keptSubsets() const {
  std::lock_guard lock(mutex_);
  return subsets_.size();
}

std::shared_ptr<const pdf::EmbeddedFont> FaceStore::embedded(const display::FontFace& font,
                                                            const FontUsage& usage) {
  const FileFace source{font.file, font.index};
  hb_face_t* face = nullptr;
  {
    std::lock_guard lock(mutex_);
    for (auto it = embedded_.begin(); it != embedded_.end(); ++it) {
      if (it->source != source || it->glyphs != usage.glyphs) continue;
      embedded_.splice(embedded_.begin(), embedded_, it);
      return embedded_.front().font;
    }
    auto it = embedding_sources_.find(source);
    if (it == embedding_sources_.end())
      it = embedding_sources_.emplace(source, openFaceWithoutCmap(source.first, source.second)).first;
    face = it->second;
  }
  auto made = std::make_shared<const pdf::EmbeddedFont>(pdf::embedFont(face, font, usage.glyphs));
  std::lock_guard lock(mutex_);
  embedded_.push_front({source, usage.glyphs, made});
  if (embedded_.size() > kKeptSubsets) embedded_.pop_back();
  return made;
}

hb_face_t* FaceStore::subsetSource(const FileFace& source) {
  auto it = subset_sources_.find(source);
  if (it == subset_sources_.end())
    it = subset_sources_.emplace(source, openFaceForSubsetting(source.first, source.second)).first;
  return it->second;
}

// A PDF embeds outlines, so hinting (FreeType's slowest part for CFF) serves nothing there.
SharedFace FaceStore::makeSubset(const display::FontFace& font, const FontUsage& usage) {
  CompactSubset subset = compactSubsetFace(subsetSource({font.file, font.index}), usage.glyphs, usage.codepoints);
  FontFacePtr face = subset.blob ? loadSubsetFace(font, subset.blob, FT_LOAD_NO_HINTING) : nullptr;
  if (!face) {  // no subset, or one FreeType rejects: embed the original
    subset.new_ids.clear();
    face = loadInstalledFace(font, FT_LOAD_NO_HINTING);
  }
  return {std::move(face), std::make_shared<const GlyphIdMap>(std::move(subset.new_ids))};
}

}  // namespace banmian::exporter
