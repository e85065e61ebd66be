#include "compose/text_frame.h"

#include <fmt/format.h>

#include <cmath>

#include "compose/line_painter.h"

namespace banmian::compose {

void scaleParagraph(typeset::StyledParagraph& paragraph, double factor) {
  for (auto& run : paragraph.runs) {
    run.font.size *= factor;
    run.rise *= factor;
  }
  paragraph.format.indent *= factor;
}

double fittedSize(ComposeContext& ctx, const typeset::StyledParagraph& paragraph, const model::ParagraphStyle& style,
                  double width, const SourceLocation& where) {
  double natural = ctx.typesetter.naturalWidth(paragraph);
  if (natural <= width) return style.size;
  // Advances scale with the size; round down to a half point, as a compositor would choose a size.
  double size = std::floor(style.size * width / natural * 2) / 2;
  if (size < style.min_size)
    throw InputError(where, fmt::format("the text does not fit on one line: at the style's min-size {}pt it is "
                                        "{:.1f}pt long and the frame is {:.1f}pt wide (shorten the text, widen "
                                        "the frame or lower min-size)",
                                        style.min_size, natural * style.min_size / style.size, width));
  return size;
}

void setTextBox(ComposeContext& ctx, const TextBox& box, std::vector<typeset::StyledParagraph> paragraphs) {
  const model::ParagraphStyle& style = *box.style;
  std::vector<typeset::TypesetLine> lines;
  double size = style.size, leading = style.leading;
  for (auto& paragraph : paragraphs) {
    if (style.fit_width) {
      size = fittedSize(ctx, paragraph, style, box.area.width, box.where);
      scaleParagraph(paragraph, size / style.size);
      leading = style.leading * size / style.size;
    }
    for (auto& line : ctx.typesetter.set(paragraph, box.area.width)) lines.push_back(std::move(line));
  }
  double height = lines.size() * leading;
  if (height > box.area.height + 0.01)
    throw InputError(box.where, fmt::format("the text of frame '{}' does not fit: {} lines need {:.1f}pt, the "
                                            "frame has {:.1f}pt", box.name, lines.size(), height, box.area.height));
  double top = box.area.top();
  if (box.valign == model::Align::Center) top += (box.area.height - height) / 2;
  if (box.valign == model::Align::End) top += box.area.height - height;
  for (size_t i = 0; i < lines.size(); ++i) {
    double baseline = top + i * leading + (leading - size) / 2 + 0.88 * size;
    paintLine(lines[i], box.area.left(), baseline, ctx.items());
  }
}

}  // namespace banmian::compose
