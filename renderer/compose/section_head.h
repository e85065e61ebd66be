#pragma once
// A newspaper section head: a tinted band across the column, the section number white in a coloured
// box, the title in bold hei beside it. It takes a fixed number of grid rows so the body stays on grid.
#include "compose/compose_context.h"

namespace banmian::compose {

// Draws `heading` in the band of `rows` grid rows starting at `row` of `column`.
void drawSectionHead(ComposeContext& ctx, const model::Block& heading, const model::ParagraphStyle& style,
                     int column, int row, int rows);

// "1 疫情防控成效显著" -> {"1", "疫情防控成效显著"}; no leading number -> {"", text}.
std::pair<std::string, std::string> splitSectionNumber(const std::string& text);

// The heading's text without styling, for bookmarks.
std::string plainText(const model::Block& block);

}  // namespace banmian::compose
