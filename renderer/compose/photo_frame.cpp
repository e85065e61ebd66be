#include "compose/photo_frame.h"

#include <fmt/format.h>

#include "compose/text_frame.h"

namespace banmian::compose {
namespace {

void drawPlaceholder(ComposeContext& ctx, const Rect& r) {
  display::Path box = display::Path::rect(r);
  box.fill = display::Fill{Color::rgb(0.87, 0.86, 0.83)};
  box.stroke = display::Stroke{0.5, Color::rgb(0.6, 0.6, 0.6)};
  ctx.items().push_back(box);
  // Two diagonals: the compositor's mark for "picture goes here".
  display::Stroke thin{0.3, Color::rgb(0.7, 0.7, 0.7)};
  display::Path cross = display::Path::line({r.left(), r.top()}, {r.right(), r.bottom()});
  cross.ops.push_back({display::PathOp::Kind::MoveTo, {{r.right(), r.top()}}});
  cross.ops.push_back({display::PathOp::Kind::LineTo, {{r.left(), r.bottom()}}});
  cross.stroke = thin;
  ctx.items().push_back(cross);
}

}  // namespace

void drawPicture(ComposeContext& ctx, const resolve::ResolvedPhoto& photo, const Rect& picture) {
  if (photo.file.empty()) {
    ctx.diagnostics.warn(photo.where, fmt::format("photo '{}' names no file: drawing a placeholder", photo.id));
    drawPlaceholder(ctx, picture);
  } else {
    ctx.items().push_back(display::Image{photo.file, photo.format, photo.pixel_width, photo.pixel_height, picture});
  }
}

void composePhotoFrame(ComposeContext& ctx, const model::Frame& frame) {
  auto found = ctx.assets.photos.find(frame.content);
  if (found == ctx.assets.photos.end())
    throw InputError(frame.area.where, fmt::format("frame '{}' shows photo '{}', which the data does not have",
                                                   frame.name, frame.content));
  const resolve::ResolvedPhoto& photo = found->second;
  Rect area = ctx.grid.area(frame.area);
  double caption_height = frame.caption_rows * ctx.grid.row();
  Rect picture{area.x, area.y, area.width, area.height - caption_height};
  drawPicture(ctx, photo, picture);
  if (frame.caption_rows == 0 || photo.caption.empty()) return;
  const model::ParagraphStyle& style = ctx.styles.paragraphStyle(frame.style);
  // From the top of the caption rows, so a caption set at the body leading stays on the baseline grid.
  TextBox caption{{area.x, picture.bottom(), area.width, caption_height}, &style, model::Align::Start, frame.name,
                  frame.where};
  setTextBox(ctx, caption, {ctx.styles.paragraph(photo.caption, style, photo.where)});
}

}  // namespace banmian::compose
