#include "compose/float_figure.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "chart/chart.h"
#include "compose/photo_frame.h"
#include "compose/text_frame.h"

namespace banmian::compose {
namespace {

const model::ParagraphStyle& captionStyle(ComposeContext& ctx, const model::Block& anchor) {
  return ctx.styles.paragraphStyle(ctx.layout.floats.caption_style, anchor.where, "figure captions (floats: caption-style)");
}

}  // namespace

std::string numberedCaption(const std::string& numbering, const std::string& caption, int number) {
  std::string prefix = numbering;
  if (size_t at = prefix.find("{n}"); at != std::string::npos) prefix.replace(at, 3, std::to_string(number));
  if (prefix.empty()) return caption;
  return caption.empty() ? prefix : prefix + "　" + caption;
}

namespace {

int rowsFor(double height, double row) { return std::max(1, static_cast<int>(std::ceil(height / row - 1e-6))); }

}  // namespace

FloatFigure measureFloat(ComposeContext& ctx, const model::Block& anchor, int flow_columns, int number) {
  FloatFigure figure;
  figure.anchor = &anchor;
  int body_rows = 0;
  std::string caption = anchor.caption;
  if (anchor.figure == model::FigureKind::Chart) {
    const model::FigureChart& chart = ctx.document.charts.at(anchor.figure_id);
    figure.columns = std::min(chart.columns, flow_columns);
    body_rows = chart.rows;
  } else {
    const resolve::ResolvedPhoto& photo = ctx.assets.photos.at(anchor.figure_id);
    figure.columns = std::min(ctx.layout.floats.columns, flow_columns);
    body_rows = photo.pixel_width > 0
                    ? rowsFor(ctx.grid.spanWidth(figure.columns) * photo.pixel_height / photo.pixel_width, ctx.grid.row())
                    : ctx.layout.floats.photo_rows;
    if (caption.empty()) caption = photo.caption;
  }
  figure.caption = numberedCaption(ctx.layout.floats.numbering, caption, number);
  const model::ParagraphStyle& style = captionStyle(ctx, anchor);
  const size_t lines =
      ctx.typesetter.set(ctx.styles.paragraph(figure.caption, style, anchor.where), ctx.grid.spanWidth(figure.columns)).size();
  figure.caption_rows = rowsFor(lines * style.leading, ctx.grid.row());
  figure.rows = body_rows + figure.caption_rows;
  return figure;
}

void drawFloat(ComposeContext& ctx, const FloatFigure& figure, const model::GridArea& cells) {
  const model::Block& anchor = *figure.anchor;
  const Rect area = ctx.grid.area(cells);
  const double caption_height = figure.caption_rows * ctx.grid.row();
  const Rect body{area.x, area.y, area.width, area.height - caption_height};
  if (anchor.figure == model::FigureKind::Chart) {
    if (!ctx.layout.theme)
      throw InputError(anchor.where, "a chart needs the layout's 'theme:' (palette and font roles)");
    const chart::ChartRequest request{ctx.assets.figure_charts.at(anchor.figure_id), *ctx.layout.theme,
                                      ctx.assets.font_families, body, anchor.figure_id, anchor.where};
    for (auto& item : chart::drawChart(request, ctx.typesetter)) ctx.items().push_back(std::move(item));
  } else {
    drawPicture(ctx, ctx.assets.photos.at(anchor.figure_id), body);
  }
  const model::ParagraphStyle& style = captionStyle(ctx, anchor);
  TextBox caption{{area.x, body.bottom(), area.width, caption_height}, &style, model::Align::Start, anchor.figure_id,
                  anchor.where};
  setTextBox(ctx, caption, {ctx.styles.paragraph(figure.caption, style, anchor.where)});
}

}  // namespace banmian::compose
