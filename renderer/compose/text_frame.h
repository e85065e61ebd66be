#pragma once
// Text frames: a title, a byline, the lead, a caption. Paragraphs are set to the frame's width in one
// style and stacked at the style's leading; text that does not fit is an error, never cropped.
#include <vector>

#include "compose/compose_context.h"

namespace banmian::compose {

struct TextBox {
  Rect area;                   // where the text goes
  const model::ParagraphStyle* style = nullptr;
  model::Align valign = model::Align::Start;
  std::string name;            // for errors: the frame's name
  SourceLocation where;        // for errors: the frame's definition
};

// Sets `paragraphs` in `box`, shrinking display type to one line where the style says fit-width.
void setTextBox(ComposeContext& ctx, const TextBox& box, std::vector<typeset::StyledParagraph> paragraphs);

// The size at which `paragraph` fits `width` on one line: the style's size, or smaller down to min-size
// (where text too long even then wraps).
double fittedSize(ComposeContext& ctx, const typeset::StyledParagraph& paragraph, const model::ParagraphStyle& style,
                  double width);

// Changes every run's size by `factor` (for fit-width).
void scaleParagraph(typeset::StyledParagraph& paragraph, double factor);

}  // namespace banmian::compose
