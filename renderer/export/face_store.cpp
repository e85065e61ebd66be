#include "export/face_store.h"

#include <algorithm>

#include <ft2build.h>
#include FT_FREETYPE_H

#include "export/font_subsetter.h"
#include "export/ft_face.h"

namespace banmian::exporter {
namespace {

FontFacePtr reference(const FontFacePtr& face) { return FontFacePtr(cairo_font_face_reference(face.get())); }

SharedFace copyOf(const SharedFace& kept) { return {reference(kept.face), kept.new_ids}; }

// The kept entry that `matches`, moved to the front as the most recently used; nullptr when there is none.
template <class Entry, class Matches>
Entry* refresh(std::list<Entry>& kept, Matches matches) {
  auto it = std::find_if(kept.begin(), kept.end(), matches);
  if (it == kept.end()) return nullptr;
  kept.splice(kept.begin(), kept, it);
  return &kept.front();
}

// Keeps `entry` as the most recently used, and no more than FaceStore::kKeptSubsets entries.
template <class Entry>
void keep(std::list<Entry>& kept, Entry entry) {
  kept.push_front(std::move(entry));
  if (kept.size() > FaceStore::kKeptSubsets) kept.pop_back();
}

using FileFace = std::pair<std::string, int>;

// HarfBuzz's view of `source` as `open` makes it, opened the first time it is asked for.
hb_face_t* sourceFace(std::map<FileFace, hb_face_t*>& faces, const FileFace& source,
                      hb_face_t* (*open)(const std::string&, int)) {
  auto it = faces.find(source);
  if (it == faces.end()) it = faces.emplace(source, open(source.first, source.second)).first;
  return it->second;
}

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
  if (const KeptSubset* kept = refresh(subsets_, [&](const KeptSubset& k) {
        return k.source == source && k.usage.glyphs == usage.glyphs && k.usage.codepoints == usage.codepoints;
      }))
    return copyOf(kept->face);
  SharedFace made = makeSubset(font, usage);
  keep(subsets_, KeptSubset{source, usage, copyOf(made)});
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
    if (const KeptEmbedding* kept = refresh(embedded_, [&](const KeptEmbedding& k) {
          return k.source == source && k.glyphs == usage.glyphs;
        }))
      return kept->font;
    face = sourceFace(embedding_sources_, source, openFaceWithoutCmap);
  }
  auto made = std::make_shared<const pdf::EmbeddedFont>(pdf::embedFont(face, font, usage.glyphs));
  std::lock_guard lock(mutex_);
  keep(embedded_, KeptEmbedding{source, usage.glyphs, made});
  return made;
}

// A PDF embeds outlines, so hinting (FreeType's slowest part for CFF) serves nothing there.
SharedFace FaceStore::makeSubset(const display::FontFace& font, const FontUsage& usage) {
  CompactSubset subset = compactSubsetFace(sourceFace(subset_sources_, {font.file, font.index}, openFaceForSubsetting), usage.glyphs, usage.codepoints);
  FontFacePtr face = subset.blob ? loadSubsetFace(font, subset.blob, FT_LOAD_NO_HINTING) : nullptr;
  if (!face) {  // no subset, or one FreeType rejects: embed the original
    subset.new_ids.clear();
    face = loadInstalledFace(font, FT_LOAD_NO_HINTING);
  }
  return {std::move(face), std::make_shared<const GlyphIdMap>(std::move(subset.new_ids))};
}

}  // namespace banmian::exporter
