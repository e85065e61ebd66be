#pragma once
// A glyph run as a PDF text object: each glyph by its two-byte code at the display list's position
// (TJ adjustments along a baseline, a new text matrix where the baseline moves), and what it stands for:
// through the font's ToUnicode map where a glyph always means the same text, inside /ActualText where
// it does not (several glyphs for one character, one glyph for different texts, glyphs for no text).
#include <string>

#include "display/display_list.h"
#include "export/pdf_font.h"
#include "export/pdf_to_unicode.h"

namespace banmian::exporter::pdf {

// Where the viewer's text line matrix is within the current text object: runs of one text object move
// from line to line with short relative Td moves. Reset (a new one) at each BT.
struct TextLine {
  bool placed = false;
  double x = 0, y = 0;  // PDF user space, as the viewer computes it from what was written
};

// Appends to `out` the operators that draw `run`, inside a text object (BT) whose font is already the
// run's; `page_height` turns the display list's downward y into PDF's upward one.
void writeGlyphRun(const display::GlyphRun& run, const EmbeddedFont& font, ToUnicodeMap& to_unicode,
                   double page_height, TextLine& line, std::string& out);

}  // namespace banmian::exporter::pdf
