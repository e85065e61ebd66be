#include "export/ft_face.h"

#include <cairo-ft.h>
#include <ft2build.h>
#include FT_FREETYPE_H

#include <mutex>
#include <string>

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

// Opens the subset when there is one, else the face in the original file; nullptr when FreeType cannot.
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

// A Cairo face over `owner`'s FT_Face, which from then on releases `owner`.
FontFacePtr wrap(const display::FontFace& font, FaceOwner* owner, int load_flags) {
  FontFacePtr face(cairo_ft_font_face_create_for_ft_face(owner->face, load_flags));
  cairo_status_t status = cairo_font_face_set_user_data(face.get(), &kOwnerKey, owner, releaseOwner);
  if (status != CAIRO_STATUS_SUCCESS) {
    face.reset();
    releaseOwner(owner);
    check(status, "cannot load font " + font.file);
  }
  return face;
}

}  // namespace

FontFacePtr loadInstalledFace(const display::FontFace& font, int load_flags) {
  FT_Face face = openFace(font, nullptr);
  if (!face) throw ExportError("cannot load font " + font.file + " (face " + std::to_string(font.index) + ")");
  return wrap(font, new FaceOwner{face, nullptr}, load_flags);
}

void FreeTypeFaceCloser::operator()(FT_Face face) const {
  std::lock_guard lock(freetypeMutex());
  FT_Done_Face(face);
}

FreeTypeFacePtr openMemoryFace(const char* data, size_t length) {
  std::lock_guard lock(freetypeMutex());
  FT_Face face = nullptr;
  if (FT_New_Memory_Face(freetype(), reinterpret_cast<const FT_Byte*>(data), static_cast<FT_Long>(length), 0,
                         &face) != 0)
    return nullptr;
  return FreeTypeFacePtr(face);
}

FontFacePtr loadSubsetFace(const display::FontFace& font, hb_blob_t* subset, int load_flags) {
  FT_Face face = openFace(font, subset);
  if (!face) {
    hb_blob_destroy(subset);
    return nullptr;
  }
  return wrap(font, new FaceOwner{face, subset}, load_flags);
}

}  // namespace banmian::exporter
