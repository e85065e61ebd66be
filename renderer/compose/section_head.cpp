#include "compose/section_head.h"

#include "base/em_box.h"
#include "compose/line_painter.h"
#include "compose/text_frame.h"

namespace banmian::compose {

std::pair<std::string, std::string> splitSectionNumber(const std::string& text) {
  size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits == 0 || digits >= text.size() || text[digits] != ' ') return {"", text};
  return {text.substr(0, digits), text.substr(digits + 1)};
}

namespace {

// The number, white, centred in a square box at the left of the band's first line.
double drawNumberBox(ComposeContext& ctx, const std::string& number, const model::ParagraphStyle& style,
                     double line_top, double line_height, double left, const SourceLocation& where) {
  double side = style.size * 1.25;
  Rect box{left, line_top + (line_height - side) / 2, side, side};
  display::Path square = display::Path::rect(box);
  square.fill = display::Fill{*style.number_box};
  ctx.items().push_back(square);
  model::ParagraphStyle digit = style;
  digit.color = Color::white();
  digit.align = digit.last_line = model::Align::Center;
  digit.indent = 0;
  auto lines = ctx.typesetter.set(ctx.styles.paragraph(number, digit, where), side);
  paintLine(lines.front(), box.left(), baselineInRow(box.top(), side, style.size), ctx.items());
  return side + style.size * 0.25;
}

}  // namespace

SectionHeadLines setSectionHead(ComposeContext& ctx, const model::Block& heading, const model::ParagraphStyle& style,
                                double column_width) {
  SectionHeadLines head;
  // Without a number box the number stays part of the title.
  auto [number, title] = style.number_box ? splitSectionNumber(plainText(heading))
                                          : std::pair<std::string, std::string>{"", plainText(heading)};
  head.number = number;
  head.text_left = !number.empty() && style.number_box ? style.size * 1.5 : 0;
  const double width = column_width - head.text_left;
  model::ParagraphStyle plain = style;
  plain.indent = 0;
  plain.align = plain.last_line = model::Align::Start;
  auto paragraph = ctx.styles.paragraph(title, plain, heading.where);
  // Shrinking is for heads the style allows to shrink; one too long even then wraps, never is cut.
  head.size = style.fit_width ? fittedSize(ctx, paragraph, style, width) : style.size;
  scaleParagraph(paragraph, head.size / style.size);
  head.lines = ctx.typesetter.set(paragraph, width);
  head.rows = style.rows + static_cast<int>(head.lines.size()) - 1;
  return head;
}

void drawSectionHead(ComposeContext& ctx, const model::Block& heading, const model::ParagraphStyle& style,
                     const SectionHeadLines& head, int column, int row) {
  const double row_height = ctx.grid.row();
  Rect band{ctx.grid.columnLeft(column), ctx.grid.rowTop(row), ctx.grid.columnWidth(), head.rows * row_height};
  // The band sits inside its rows, clear of the body lines above and below.
  Rect tint{band.x, band.y + 2, band.width, band.height - 4};
  if (style.band) {
    display::Path fill = display::Path::rect(tint);
    fill.fill = display::Fill{*style.band};
    ctx.items().push_back(fill);
  }
  // The lines stand one row apart, the block of them centred in the band.
  const double block_top = tint.top() + (tint.height - head.lines.size() * row_height) / 2;
  if (!head.number.empty() && style.number_box)
    drawNumberBox(ctx, head.number, style, block_top, row_height, tint.left(), heading.where);
  for (size_t i = 0; i < head.lines.size(); ++i)
    paintLine(head.lines[i], tint.left() + head.text_left, baselineInRow(block_top + i * row_height, row_height, head.size),
              ctx.items());
}

}  // namespace banmian::compose
