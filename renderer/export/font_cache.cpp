#include "export/font_cache.h"

#include <cairo-ft.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb.h>

#include <mutex>
#include <string>

#include "export/font_subsetter.h"
#include "export/font_usage.h"

namespace banmian::exporter {
namespace {

// One FreeType library for the process, never freed: Cairo keeps recently used fonts in a global
// cache after the surface is gone, so an FT_Face may be released long after the export returns.
// FreeType requires face creation and destruction on one library to be serialised.
FT_Library freetype() {
  static FT_Library library = [] {
    FT_Library lib = nullptr;
    if (FT_Init_FreeType(&lib) != 0) throw ExportError("cannot initialise FreeType");
    return lib;
  }();
  return library;
}
std::mutex& freetypeMutex() {
  static std::mutex mutex;
  return mutex;
}

// What a Cairo font face owns: the FT_Face and, for a subset, the memory FreeType reads it from.
struct FaceOwner {
  FT_Face face = nullptr;
  hb_blob_t* blob = nullptr;
};
const cairo_user_data_key_t kOwnerKey{};

void releaseOwner(void* data) {
  auto* owner = static_cast<FaceOwner*>(data);
  {
    std::lock_guard lock(freetypeMutex());
    FT_Done_Face(owner->face);
  }
  hb_blob_destroy(owner->blob);
  delete owner;
}

// Opens the subset when there is one, else the face in the original file.
FT_Face openFace(const display::FontFace& font, hb_blob_t* subset) {
  std::lock_guard lock(freetypeMutex());
  FT_Face face = nullptr;
  FT_Error err;
  if (subset) {
    unsigned length = 0;
    const char* data = hb_blob_get_data(subset, &length);
    err = FT_New_Memory_Face(freetype(), reinterpret_cast<const FT_Byte*>(data), static_cast<FT_Long>(length),
                             0, &face);
  } else {
    err = FT_New_Face(freetype(), font.file.c_str(), font.index, &face);
  }
  return err == 0 ? face : nullptr;
}

FontFacePtr loadFace(const display::FontFace& font, const FontUsage& usage, bool presubset,
                     std::unordered_map<uint32_t, uint32_t>& new_ids) {
  auto* owner = new FaceOwner;
  if (presubset) {
    CompactSubset subset = compactSubsetFace(font.file, font.index, usage.glyphs, usage.codepoints);
    owner->blob = subset.blob;
    new_ids = std::move(subset.new_ids);
  }
  owner->face = openFace(font, owner->blob);
  if (!owner->face && owner->blob) {  // a subset FreeType rejects: fall back to the original
    hb_blob_destroy(owner->blob);
    owner->blob = nullptr;
    new_ids.clear();
    owner->face = openFace(font, nullptr);
  }
  if (!owner->face) {
    delete owner;
    throw ExportError("cannot load font " + font.file + " (face " + std::to_string(font.index) + ")");
  }
  // A PDF embeds outlines, so hinting (FreeType's slowest part for CFF) serves nothing there; screen
  // output keeps it.
  FontFacePtr face(cairo_ft_font_face_create_for_ft_face(owner->face, presubset ? FT_LOAD_NO_HINTING : 0));
  cairo_status_t status = cairo_font_face_set_user_data(face.get(), &kOwnerKey, owner, releaseOwner);
  if (status != CAIRO_STATUS_SUCCESS) {
    face.reset();
    releaseOwner(owner);
    check(status, "cannot load font " + font.file);
  }
  return face;
}

}  // namespace

FontCache::FontCache(const display::Document& doc, bool presubset) {
  std::vector<FontUsage> usage = collectFontUsage(doc);
  new_ids_.resize(doc.fonts.size());
  for (size_t i = 0; i < doc.fonts.size(); ++i) {
    // Fonts no glyph run uses are not loaded at all.
    faces_.push_back(usage[i].glyphs.empty() ? nullptr : loadFace(doc.fonts[i], usage[i], presubset, new_ids_[i]));
  }
}

uint32_t FontCache::glyph(int index, uint32_t id) const {
  const auto& ids = new_ids_.at(static_cast<size_t>(index));
  if (ids.empty()) return id;
  auto it = ids.find(id);
  return it == ids.end() ? 0 : it->second;  // not in the subset: .notdef, as a missing glyph would draw
}

cairo_font_face_t* FontCache::face(int index) const {
  if (index < 0 || static_cast<size_t>(index) >= faces_.size() || !faces_[index])
    throw ExportError("no font loaded for index " + std::to_string(index));
  return faces_[index].get();
}

}  // namespace banmian::exporter
