#include "export/haru_fonts.h"

#include <fmt/format.h>

#include <memory>

#include "export/export_error.h"
#include "export/haru_handles.h"
#include "export/haru_to_unicode.h"

namespace banmian::exporter {
namespace {

bool hasTable(hb_face_t* face, hb_tag_t tag) {
  hb_blob_t* table = hb_face_reference_table(face, tag);
  bool present = hb_blob_get_length(table) > 0;
  hb_blob_destroy(table);
  return present;
}

hb_face_t* openFace(const std::string& file, int index) {
  hb_blob_t* blob = hb_blob_create_from_file_or_fail(file.c_str());
  if (!blob) throw ExportError("cannot read font " + file);
  unsigned count = hb_face_count(blob);
  if (index < 0 || static_cast<unsigned>(index) >= std::max(count, 1u)) {
    hb_blob_destroy(blob);
    throw ExportError(fmt::format("font {} has no face {}", file, index));
  }
  hb_face_t* face = hb_face_create(blob, static_cast<unsigned>(index));
  hb_blob_destroy(blob);
  return face;
}

using HbFacePtr = std::unique_ptr<hb_face_t, decltype(&hb_face_destroy)>;

// The face in `source`, refused unless it has TrueType (glyf) outlines, the only kind libharu embeds.
HbFacePtr openTrueType(const FontSource& source, const std::string& description) {
  HbFacePtr face(openFace(source.file, source.index), hb_face_destroy);
  if (!hasTable(face.get(), HB_TAG('g', 'l', 'y', 'f'))) {
    bool cff = hasTable(face.get(), HB_TAG('C', 'F', 'F', ' ')) || hasTable(face.get(), HB_TAG('C', 'F', 'F', '2'));
    throw ExportError(fmt::format("font {} has {} outlines; the print backend (libharu) takes TrueType fonts "
                                  "only: give the role a TrueType family in print-fonts",
                                  description, cff ? "CFF" : "no TrueType"));
  }
  return face;
}

// A .ttc needs HPDF_LoadTTFontFromFile2 with the face index; a plain .ttf the other call.
bool isCollection(const std::string& file) {
  hb_blob_t* blob = hb_blob_create_from_file_or_fail(file.c_str());
  if (!blob) return false;
  unsigned length = 0;
  const char* data = hb_blob_get_data(blob, &length);
  bool collection = length >= 4 && std::string(data, 4) == "ttcf";
  hb_blob_destroy(blob);
  return collection;
}

}  // namespace

HaruFonts::~HaruFonts() {
  for (Entry& e : entries_) {
    if (e.font) hb_font_destroy(e.font);
    if (e.face) hb_face_destroy(e.face);
  }
}

std::string HaruFonts::describe(int index) const {
  const display::FontFace& f = faces_.at(static_cast<size_t>(index));
  return fmt::format("{} ({}, face {})", f.family.empty() ? "font" : f.family, f.file, f.index);
}

const char* HaruFonts::loadHaru(const FontSource& source) {
  return isCollection(source.file)
             ? HPDF_LoadTTFontFromFile2(pdf_, source.file.c_str(), static_cast<HPDF_UINT>(source.index), HPDF_TRUE)
             : HPDF_LoadTTFontFromFile(pdf_, source.file.c_str(), HPDF_TRUE);
}

HaruFonts::Entry& HaruFonts::load(int index) {
  if (index < 0 || static_cast<size_t>(index) >= faces_.size())
    throw ExportError(fmt::format("glyph run names font {} (document has {})", index, faces_.size()));
  Entry& e = entries_[static_cast<size_t>(index)];
  if (e.face) return e;
  FontSource source = files_.source(index);
  HbFacePtr face = openTrueType(source, describe(index));
  const char* name = loadHaru(source);
  if (!name && source.subset) {
    // libharu's parser is stricter than HarfBuzz's writer in places; the installed font still works.
    HPDF_ResetError(pdf_);
    source = files_.original(index);
    face = openTrueType(source, describe(index));
    name = loadHaru(source);
  }
  checkHaru(pdf_, name, "cannot load font " + describe(index));
  e.haru = HPDF_GetFont(pdf_, name, "UTF-8");
  checkHaru(pdf_, e.haru, "cannot use font " + describe(index));
  if (!writeIdentityToUnicode(e.haru))
    throw ExportError("libharu wrote no ToUnicode map for font " + describe(index) + ": text would not extract");
  checkHaru(pdf_, HPDF_GetError(pdf_), "cannot write the ToUnicode map of font " + describe(index));
  e.face = face.release();
  e.font = hb_font_create(e.face);
  return e;
}

uint32_t HaruFonts::cmapGlyph(int index, uint32_t code_point) {
  hb_codepoint_t glyph = 0;
  if (!hb_font_get_nominal_glyph(load(index).font, code_point, &glyph)) return 0;
  return glyph;
}

HPDF_Font HaruFonts::font(int index) { return load(index).haru; }

}  // namespace banmian::exporter
