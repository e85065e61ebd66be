#include "compose/page_composer.h"

#include <fmt/format.h>

#include "compose/body_flow.h"
#include "compose/chart_frame.h"
#include "compose/compose_context.h"
#include "compose/masthead.h"
#include "compose/photo_frame.h"
#include "compose/text_frame.h"

namespace banmian::compose {
namespace {

// The paragraphs a text frame's `content` names.
std::vector<typeset::StyledParagraph> textContent(ComposeContext& ctx, const model::Frame& frame,
                                                  const model::ParagraphStyle& style) {
  const model::Document& doc = ctx.document;
  auto one = [&](const std::string& text, const SourceLocation& where) {
    return std::vector<typeset::StyledParagraph>{ctx.styles.paragraph(text, style, where)};
  };
  if (frame.content == "title") return one(doc.title, doc.title_where);
  if (frame.content == "subtitle") return one(doc.subtitle, doc.subtitle_where);
  if (frame.content == "byline") return one(doc.byline, doc.byline_where);
  if (frame.content == "credit") return one(doc.credit, doc.credit_where);
  if (frame.content == "lead") {
    std::vector<typeset::StyledParagraph> out;
    for (const auto& block : doc.lead) out.push_back(ctx.styles.paragraph(block.spans, style));
    return out;
  }
  throw InputError(frame.where, fmt::format("frame '{}' has unknown content '{}'", frame.name, frame.content));
}

void composeTextFrame(ComposeContext& ctx, const model::Frame& frame) {
  if (frame.content == "masthead") return composeMasthead(ctx, frame);
  const model::ParagraphStyle& style = ctx.styles.paragraphStyle(frame.style);
  Rect area = ctx.grid.area(frame.area);
  if (frame.background) {
    display::Path fill = display::Path::rect(area);
    fill.fill = display::Fill{*frame.background};
    ctx.items().push_back(fill);
  }
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

// Photos the body text anchors are composed where the text reaches them, so that their captions come
// out of the PDF in reading order.
std::set<std::string> anchoredPhotos(const model::Document& document) {
  std::set<std::string> out;
  for (const auto& block : document.body)
    if (block.kind == model::Block::Kind::Figure) out.insert(block.photo);
  return out;
}

display::Metadata metadataOf(const model::Document& document) {
  display::Metadata m;
  m.title = document.title;
  m.subject = document.subtitle;
  m.author = document.byline;
  m.keywords = fmt::format("{} {} {}", document.publication.paper, document.publication.section,
                           document.publication.date);
  return m;
}

}  // namespace

display::Document composeDocument(const model::Layout& layout, const model::Document& document,
                                  const resolve::ResolvedAssets& assets, typeset::Typesetter& typesetter,
                                  DiagnosticSink& diagnostics) {
  ComposeContext ctx{layout, document, assets, typesetter, diagnostics, PageGrid(layout),
                     StyleSheet(layout, assets.font_families), {}, {}};
  ctx.page.width = layout.page.width;
  ctx.page.height = layout.page.height;
  std::set<std::string> anchored = anchoredPhotos(document);
  for (const auto& frame : layout.frames) {
    switch (frame.kind) {
      case model::FrameKind::Text: composeTextFrame(ctx, frame); break;
      case model::FrameKind::Flow: composeBodyFlow(ctx, frame); break;
      case model::FrameKind::Rule: composeRule(ctx, frame); break;
      case model::FrameKind::Chart: composeChartFrame(ctx, frame); break;
      case model::FrameKind::Photo:
        if (!anchored.count(frame.content)) composePhotoFrame(ctx, frame);
        break;
    }
  }
  display::Document out;
  out.metadata = metadataOf(document);
  out.fonts = typesetter.fonts();
  out.pages.push_back(std::move(ctx.page));
  out.bookmarks = std::move(ctx.bookmarks);
  return out;
}

}  // namespace banmian::compose
