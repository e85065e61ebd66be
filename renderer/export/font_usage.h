#pragma once
// What a document draws in each of its fonts: the glyph ids of its glyph runs and the characters
// those runs stand for. A font is subset to exactly this before it is embedded, by the Cairo backend
// (which draws glyph ids) and by the libharu backend (which draws characters through the cmap).
#include <cstdint>
#include <vector>

#include "display/display_list.h"

namespace banmian::exporter {

struct FontUsage {
  std::vector<uint32_t> glyphs;      // sorted, unique
  std::vector<uint32_t> codepoints;  // sorted, unique
};

// One entry per Document::fonts; a font no run uses has an empty entry. Throws ExportError when a
// run names a font the document does not have.
std::vector<FontUsage> collectFontUsage(const display::Document& doc);

}  // namespace banmian::exporter
