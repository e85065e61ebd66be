#pragma once
// A font as banmian's PDF writer embeds it: a HarfBuzz subset of exactly the glyphs a document draws,
// as a CID-keyed font (Type 0, Identity-H) so that every glyph is addressed by a two-byte code. A CFF
// face embeds its bare CFF table (FontFile3 /CIDFontType0C), a TrueType face the whole subset
// (FontFile2). Made once per glyph set: a batch keeps it in its FaceStore.
#include <hb.h>

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "display/display_list.h"

namespace banmian::exporter::pdf {

struct EmbeddedFont {
  enum class Program { Cff, TrueType } program_kind = Program::Cff;
  std::string postscript_name;  // as the font names itself, without the subset tag
  std::string tag;              // six capitals that set this subset apart (PDF 32000-1 §9.9.2)
  std::string program;          // the font program, deflated
  size_t program_length = 0;    // its length before deflating (FontFile2's /Length1)
  // In thousandths of an em, as PDF font metrics are given.
  double ascent = 0, descent = 0;
  double bbox[4] = {0, 0, 0, 0};
  std::unordered_map<uint32_t, uint16_t> codes;  // the display list's glyph id -> its code in content streams
  std::map<uint16_t, double> widths;             // code -> advance, thousandths of an em
};

// Embeds `glyphs` of `face` (HarfBuzz's view of `font`, nullptr when it could not be read). Throws
// ExportError naming the font when HarfBuzz cannot subset it or FreeType cannot read the subset.
EmbeddedFont embedFont(hb_face_t* face, const display::FontFace& font, const std::vector<uint32_t>& glyphs);

}  // namespace banmian::exporter::pdf
