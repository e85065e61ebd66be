#pragma once
// A newspaper section head: a tinted band across the column, the section number white in a coloured
// box, the title in bold hei beside it. It takes whole grid rows, one more for each line past the
// first, so the body stays on grid and a long head wraps rather than being cut.
#include <string>
#include <utility>
#include <vector>

#include "compose/compose_context.h"

namespace banmian::compose {

struct SectionHeadLines {
  std::string number;      // "1" of "1 疫情防控成效显著", or ""
  std::vector<typeset::TypesetLine> lines;
  double size = 0;         // the size the title is set at (fit-width may shrink it)
  double text_left = 0;    // where the title starts, right of the number box
  int rows = 0;            // grid rows the band takes
};

// Sets the head's title for a column of `column_width`.
SectionHeadLines setSectionHead(ComposeContext& ctx, const model::Block& heading, const model::ParagraphStyle& style,
                                double column_width);

// Draws the set head in its band of `head.rows` grid rows starting at `row` of `column`.
void drawSectionHead(ComposeContext& ctx, const model::Block& heading, const model::ParagraphStyle& style,
                     const SectionHeadLines& head, int column, int row);

// "1 疫情防控成效显著" -> {"1", "疫情防控成效显著"}; no leading number -> {"", text}.
std::pair<std::string, std::string> splitSectionNumber(const std::string& text);

using model::plainText;

}  // namespace banmian::compose
