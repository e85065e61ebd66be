#include "compose/section_head.h"

#include "compose/line_painter.h"
#include "compose/text_frame.h"

namespace banmian::compose {

std::string plainText(const model::Block& block) {
  std::string out;
  for (const auto& span : block.spans) out += span.text;
  return out;
}

std::pair<std::string, std::string> splitSectionNumber(const std::string& text) {
  size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits == 0 || digits >= text.size() || text[digits] != ' ') return {"", text};
  return {text.substr(0, digits), text.substr(digits + 1)};
}

namespace {

// The number, white, centred in a square box at the band's left.
double drawNumberBox(ComposeContext& ctx, const std::string& number, const model::ParagraphStyle& style,
                     const Rect& band, const SourceLocation& where) {
  double side = style.size * 1.25;
  Rect box{band.left(), band.top() + (band.height - side) / 2, side, side};
  display::Path square = display::Path::rect(box);
  square.fill = display::Fill{*style.number_box};
  ctx.items().push_back(square);
  model::ParagraphStyle digit = style;
  digit.color = Color::white();
  digit.align = digit.last_line = model::Align::Center;
  digit.indent = 0;
  auto lines = ctx.typesetter.set(ctx.styles.paragraph(number, digit, where), side);
  double baseline = box.top() + (side - style.size) / 2 + 0.88 * style.size;
  paintLine(lines.front(), box.left(), baseline, ctx.items());
  return side + style.size * 0.25;
}

}  // namespace

void drawSectionHead(ComposeContext& ctx, const model::Block& heading, const model::ParagraphStyle& style,
                     int column, int row, int rows) {
  Rect band{ctx.grid.columnLeft(column), ctx.grid.rowTop(row), ctx.grid.columnWidth(), rows * ctx.grid.row()};
  // The band sits inside its rows, clear of the body lines above and below.
  Rect tint{band.x, band.y + 2, band.width, band.height - 4};
  if (style.band) {
    display::Path fill = display::Path::rect(tint);
    fill.fill = display::Fill{*style.band};
    ctx.items().push_back(fill);
  }
  auto [number, title] = splitSectionNumber(plainText(heading));
  double x = tint.left();
  if (!number.empty() && style.number_box) x += drawNumberBox(ctx, number, style, tint, heading.where);
  double width = tint.right() - x;
  model::ParagraphStyle head = style;
  head.indent = 0;
  head.align = head.last_line = model::Align::Start;
  auto paragraph = ctx.styles.paragraph(title, head, heading.where);
  double size = style.fit_width ? fittedSize(ctx, paragraph, style, width, heading.where) : style.size;
  scaleParagraph(paragraph, size / style.size);
  auto lines = ctx.typesetter.set(paragraph, width);
  double baseline = tint.top() + (tint.height - size) / 2 + 0.88 * size;
  paintLine(lines.front(), x, baseline, ctx.items());
  ctx.bookmarks.push_back({plainText(heading), 1, 0, band.top()});
}

}  // namespace banmian::compose
