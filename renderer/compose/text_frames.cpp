#include "compose/text_frames.h"

#include <fmt/format.h>

#include "compose/text_frame.h"

namespace banmian::compose {
namespace {

void replaceAll(std::string& text, std::string_view what, const std::string& with) {
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + with.size()))
    text.replace(at, what.size(), with);
}

// The paragraphs a text frame's `content` names: a field, or the text blocks of a story.
std::vector<typeset::StyledParagraph> textContent(ComposeContext& ctx, const model::Frame& frame,
                                                  const model::ParagraphStyle& style) {
  if (const model::Field* field = ctx.document.findField(frame.content))
    return {ctx.styles.paragraph(field->text, style, field->where)};
  const model::Story* story = ctx.document.findStory(frame.content);
  if (!story) throw InputError(frame.where, fmt::format("frame '{}' shows '{}', which the data does not have", frame.name,
                                                        frame.content));
  std::vector<typeset::StyledParagraph> out;
  for (const auto& block : story->blocks) {
    if (block.kind == model::Block::Kind::Figure)
      throw InputError(block.where, fmt::format("a figure in story '{}', which frame '{}' sets as text: figures float "
                                                "only in flow frames", story->name, frame.name));
    out.push_back(ctx.styles.paragraph(block.spans, style));
  }
  return out;
}

// One to three parts, at the frame's start, centre and end (two parts: start and end).
void composeTemplate(ComposeContext& ctx, const model::Frame& frame, const model::ParagraphStyle& base, int pages) {
  const std::vector<std::string>& parts = ctx.assets.templates.at(frame.name);
  static const model::Align kAligns[3][3] = {{model::Align::Start},
                                             {model::Align::Start, model::Align::End},
                                             {model::Align::Start, model::Align::Center, model::Align::End}};
  for (size_t i = 0; i < parts.size(); ++i) {
    std::string text = parts[i];
    replaceAll(text, "{{page}}", std::to_string(ctx.page_index + 1));
    replaceAll(text, "{{pages}}", std::to_string(pages));
    if (text.empty()) continue;
    model::ParagraphStyle style = base;
    if (parts.size() > 1) style.align = style.last_line = kAligns[parts.size() - 1][i];
    style.indent = 0;
    TextBox box{ctx.grid.area(frame.area), &style, frame.valign, frame.name, frame.where};
    setTextBox(ctx, box, {ctx.styles.paragraph(text, style, frame.where)});
  }
}

}  // namespace

void composeTextFrame(ComposeContext& ctx, const model::Frame& frame, int pages) {
  const model::ParagraphStyle& style = ctx.styles.paragraphStyle(frame.style);
  Rect area = ctx.grid.area(frame.area);
  if (frame.background) {
    display::Path fill = display::Path::rect(area);
    fill.fill = display::Fill{*frame.background};
    ctx.items().push_back(fill);
  }
  if (!frame.text_template.empty()) return composeTemplate(ctx, frame, style, pages);
  Rect inner{area.x + frame.padding, area.y + frame.padding, area.width - 2 * frame.padding,
             area.height - 2 * frame.padding};
  setTextBox(ctx, {inner, &style, frame.valign, frame.name, frame.where}, textContent(ctx, frame, style));
}

void composeRule(ComposeContext& ctx, const model::Frame& frame) {
  Rect area = ctx.grid.area(frame.area);
  double y = area.top() + frame.rule_width / 2;
  display::Path rule = display::Path::line({area.left(), y}, {area.right(), y});
  rule.stroke = display::Stroke{frame.rule_width, frame.rule_color};
  ctx.items().push_back(rule);
}

}  // namespace banmian::compose
