#pragma once
// The fonts of a document as libharu sees them. libharu embeds TrueType (glyf) fonts only and draws
// code points through the font's cmap, never glyph ids; so each face is checked to be TrueType before
// libharu gets it, and HarfBuzz answers which glyph the cmap gives a code point (measuring or mapping
// through libharu would mark glyphs as used and embed them). Both read the same file, the subset from
// HaruFontFiles, so the cmap checked is the cmap libharu draws through.
#include <hb.h>
#include <hpdf.h>

#include <cstdint>
#include <string>
#include <vector>

#include "display/display_list.h"
#include "export/haru_font_files.h"

namespace banmian::exporter {

class HaruFonts {
 public:
  HaruFonts(HPDF_Doc pdf, const std::vector<display::FontFace>& faces, HaruFontFiles& files)
      : pdf_(pdf), faces_(faces), files_(files) {
    entries_.resize(faces.size());
  }
  ~HaruFonts();
  HaruFonts(const HaruFonts&) = delete;
  HaruFonts& operator=(const HaruFonts&) = delete;

  // libharu's font for Document::fonts[index], loaded and embedded on first use. Throws ExportError
  // naming the font when it has CFF outlines, cannot be read, or libharu refuses it (the subset and
  // the original alike).
  HPDF_Font font(int index);
  // The glyph the face's cmap gives `code_point` (0: none), i.e. the glyph libharu will draw for it.
  uint32_t cmapGlyph(int index, uint32_t code_point);
  // "Family (file, face N)" for messages.
  std::string describe(int index) const;

 private:
  struct Entry {
    hb_face_t* face = nullptr;
    hb_font_t* font = nullptr;
    HPDF_Font haru = nullptr;
  };
  Entry& load(int index);  // both sides loaded from one file, checked to be TrueType
  const char* loadHaru(const FontSource& source);

  HPDF_Doc pdf_;
  const std::vector<display::FontFace>& faces_;
  HaruFontFiles& files_;
  std::vector<Entry> entries_;
};

}  // namespace banmian::exporter
