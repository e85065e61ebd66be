#include "export/font_cache.h"

#include <cairo-ft.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb.h>

#include <algorithm>
#include <mutex>
#include <string>

#include "export/font_subsetter.h"

namespace banmian::exporter {
namespace {

struct Usage {
  std::vector<uint32_t> glyphs;
  std::vector<uint32_t> codepoints;
};

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

// Appends the code points of a UTF-8 string; malformed bytes are skipped (they only feed the cmap).
void decodeUtf8(const std::string& s, std::vector<uint32_t>& out) {
  for (size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) {
      ++i;
      continue;
    }
    uint32_t cp = len == 1 ? b : b & (0x7F >> len);
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += len;
  }
}

std::vector<Usage> collectUsage(const display::Document& doc) {
  std::vector<Usage> usage(doc.fonts.size());
  for (const auto& page : doc.pages)
    for (const auto& item : page.items) {
      const auto* run = std::get_if<display::GlyphRun>(&item);
      if (!run) continue;
      if (run->font < 0 || static_cast<size_t>(run->font) >= usage.size())
        throw ExportError("glyph run refers to font " + std::to_string(run->font) + " of " +
                          std::to_string(usage.size()));
      Usage& u = usage[run->font];
      for (const auto& g : run->glyphs) u.glyphs.push_back(g.id);
      decodeUtf8(run->text, u.codepoints);
    }
  for (Usage& u : usage)
    for (auto* v : {&u.glyphs, &u.codepoints}) {
      std::sort(v->begin(), v->end());
      v->erase(std::unique(v->begin(), v->end()), v->end());
    }
  return usage;
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

FontFacePtr loadFace(const display::FontFace& font, const Usage& usage, bool presubset) {
  auto* owner = new FaceOwner;
  if (presubset) owner->blob = subsetFace(font.file, font.index, usage.glyphs, usage.codepoints);
  owner->face = openFace(font, owner->blob);
  if (!owner->face && owner->blob) {  // a subset FreeType rejects: fall back to the original
    hb_blob_destroy(owner->blob);
    owner->blob = nullptr;
    owner->face = openFace(font, nullptr);
  }
  if (!owner->face) {
    delete owner;
    throw ExportError("cannot load font " + font.file + " (face " + std::to_string(font.index) + ")");
  }
  FontFacePtr face(cairo_ft_font_face_create_for_ft_face(owner->face, 0));
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
  std::vector<Usage> usage = collectUsage(doc);
  for (size_t i = 0; i < doc.fonts.size(); ++i) {
    // Fonts no glyph run uses are not loaded at all.
    faces_.push_back(usage[i].glyphs.empty() ? nullptr : loadFace(doc.fonts[i], usage[i], presubset));
  }
}

cairo_font_face_t* FontCache::face(int index) const {
  if (index < 0 || static_cast<size_t>(index) >= faces_.size() || !faces_[index])
    throw ExportError("no font loaded for index " + std::to_string(index));
  return faces_[index].get();
}

}  // namespace banmian::exporter
