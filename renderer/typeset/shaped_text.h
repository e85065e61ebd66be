#pragma once
// Shaped text: the clusters a paragraph became, each with its glyphs and natural advance. Line breaking
// and justification work on clusters (one character each in Chinese), never on bytes.
#include <cstdint>
#include <string>
#include <vector>

#include "base/color.h"

namespace banmian::typeset {

struct ShapedGlyph {
  uint32_t id = 0;
  double x_offset = 0, y_offset = 0;  // from the pen position, pt (y down)
  double advance = 0;                 // pt
};

struct ShapedCluster {
  std::string text;          // the characters this cluster stands for
  char32_t first = 0;        // first and last code points, for the clreq rules
  char32_t last = 0;
  int font = 0;              // index into the shaper's font table
  double size = 0;           // the text's em, pt: spacing and compression are in it
  double font_size = 0;      // what the glyphs are drawn at (a role's Latin font may be scaled)
  Color color;
  double rise = 0;           // baseline shift upwards, pt
  uint8_t bidi_level = 0;    // Pango's embedding level: odd is right-to-left (its glyphs in visual order)
  int run = 0;               // index of the styled run it came from, for located messages
  bool emphasis_dots = false;  // its run asks for emphasis dots
  std::vector<ShapedGlyph> glyphs;
  double advance = 0;        // natural advance of the whole cluster, pt
  // Where the ink lies within the advance (pt from the pen position). For a punctuation mark the blank
  // side is what compression may take away; the font, not a table, says which side that is.
  double ink_left = 0, ink_right = 0;
  // Fixed compression already decided (adjacent marks, banjiao/kaiming), pt taken off each side.
  double trim_left = 0, trim_right = 0;
  // CJK-Latin spacing before this cluster, pt; dropped at a line start.
  double space_before = 0;

  double width() const { return advance - trim_left - trim_right; }
};

}  // namespace banmian::typeset
