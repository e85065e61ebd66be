#pragma once
// Turns a glyph run into what libharu can draw: one code point per glyph, each at its own position.
// libharu draws code points through the font's cmap, not glyph ids, so a run is drawable only when
// every cluster is one character drawn with one glyph, that glyph is the one the cmap gives the
// character, and the character is in the BMP (libharu silently draws anything beyond U+FFFF as a
// space). Anything else is an ExportError naming the character and the font, never a wrong glyph.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "display/display_list.h"

namespace banmian::exporter {

struct PlacedCharacter {
  char32_t code_point = 0;
  double x = 0, y = 0;  // page coordinates (origin top-left, y down), the glyph's pen position
};

// `cmap_glyph(c)` is the glyph the run's font maps `c` to; `font_name` goes into messages.
std::vector<PlacedCharacter> placeCharacters(const display::GlyphRun& run,
                                             const std::function<uint32_t(char32_t)>& cmap_glyph,
                                             const std::string& font_name);

}  // namespace banmian::exporter
