#include "export/cairo_canvas.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

namespace banmian::exporter {
namespace {

using display::PathOp;

cairo_line_cap_t toCairo(display::Stroke::Cap cap) {
  switch (cap) {
    case display::Stroke::Cap::Round:
      return CAIRO_LINE_CAP_ROUND;
    case display::Stroke::Cap::Square:
      return CAIRO_LINE_CAP_SQUARE;
    default:
      return CAIRO_LINE_CAP_BUTT;
  }
}

cairo_line_join_t toCairo(display::Stroke::Join join) {
  switch (join) {
    case display::Stroke::Join::Round:
      return CAIRO_LINE_JOIN_ROUND;
    case display::Stroke::Join::Bevel:
      return CAIRO_LINE_JOIN_BEVEL;
    default:
      return CAIRO_LINE_JOIN_MITER;
  }
}

cairo_fill_rule_t toCairo(display::Fill::Rule rule) {
  return rule == display::Fill::Rule::EvenOdd ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING;
}

// Attribute strings quote with '...'; a quote or backslash inside must be escaped.
std::string quoteAttribute(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

}  // namespace

void CairoCanvas::beginPage() { images_on_page_.clear(); }

// Cairo records its first error in the context and then draws nothing more: check after every item.
void CairoCanvas::afterItem() { check(cairo_status(cr_), "cannot draw page"); }

void CairoCanvas::draw(const display::GlyphRun& run) {
  if (run.glyphs.empty()) return;
  std::vector<cairo_glyph_t> glyphs;
  glyphs.reserve(run.glyphs.size());
  for (const auto& g : run.glyphs)
    glyphs.push_back({fonts_.glyph(run.font, g.id), run.origin.x + g.x, run.origin.y + g.y});
  cairo_set_font_face(cr_, fonts_.face(run.font));
  cairo_set_font_size(cr_, run.size);
  setColor(run.color);
  if (run.clusters.empty() && run.text.empty()) {  // nothing to extract: plain glyphs
    cairo_show_glyphs(cr_, glyphs.data(), static_cast<int>(glyphs.size()));
    return;
  }
  // Cairo puts the whole cairo_t into an error state on invalid clusters and then silently draws nothing more.
  checkClusters(run);
  std::vector<cairo_text_cluster_t> clusters;
  clusters.reserve(run.clusters.size());
  for (const auto& c : run.clusters) clusters.push_back({c.bytes, c.glyphs});
  // With text and clusters Cairo writes a ToUnicode map (and ActualText where needed), so text
  // extraction returns exactly run.text.
  cairo_show_text_glyphs(cr_, run.text.data(), static_cast<int>(run.text.size()), glyphs.data(),
                         static_cast<int>(glyphs.size()), clusters.data(), static_cast<int>(clusters.size()),
                         cairo_text_cluster_flags_t(0));
}

void CairoCanvas::tracePath(const display::Path& path) {
  cairo_new_path(cr_);
  for (const auto& op : path.ops) {
    switch (op.kind) {
      case PathOp::Kind::MoveTo:
        cairo_move_to(cr_, op.p[0].x, op.p[0].y);
        break;
      case PathOp::Kind::LineTo:
        cairo_line_to(cr_, op.p[0].x, op.p[0].y);
        break;
      case PathOp::Kind::CurveTo:
        cairo_curve_to(cr_, op.p[0].x, op.p[0].y, op.p[1].x, op.p[1].y, op.p[2].x, op.p[2].y);
        break;
      case PathOp::Kind::Close:
        cairo_close_path(cr_);
        break;
    }
  }
}

void CairoCanvas::setColor(const Color& color) {
  double r, g, b;
  color.toRgb(r, g, b);
  cairo_set_source_rgb(cr_, r, g, b);
}

void CairoCanvas::applyStroke(const display::Stroke& stroke) {
  cairo_set_line_width(cr_, stroke.width);
  cairo_set_line_cap(cr_, toCairo(stroke.cap));
  cairo_set_line_join(cr_, toCairo(stroke.join));
  cairo_set_dash(cr_, stroke.dashes.data(), static_cast<int>(stroke.dashes.size()), 0);
  setColor(stroke.color);
}

void CairoCanvas::draw(const display::Path& path) {
  tracePath(path);
  if (path.fill) {
    setColor(path.fill->color);
    cairo_set_fill_rule(cr_, toCairo(path.fill->rule));
    cairo_fill_preserve(cr_);
  }
  if (path.stroke) {
    applyStroke(*path.stroke);
    cairo_stroke_preserve(cr_);
  }
  cairo_new_path(cr_);
}

void CairoCanvas::draw(const display::Image& image) {
  cairo_surface_t* surface = images_.get(image);
  // Use the decoded size, not the display list's, so a stale pixel size cannot distort the image.
  double w = cairo_image_surface_get_width(surface), h = cairo_image_surface_get_height(surface);
  const Rect& f = image.frame;
  const std::optional<Cover> cover = coverPlacement(f, w, h);
  if (!cover) return;
  // Cairo 1.16 lists an image drawn twice on one page twice in the page's /XObject dictionary
  // (qpdf: duplicated key). A repeat goes into its own group (a form XObject with its own resources);
  // the image data is still embedded once.
  bool repeat = !images_on_page_.insert(surface).second;
  cairo_save(cr_);
  cairo_rectangle(cr_, f.x, f.y, f.width, f.height);
  cairo_clip(cr_);
  if (repeat) cairo_push_group(cr_);
  cairo_translate(cr_, cover->area.x, cover->area.y);
  cairo_scale(cr_, cover->scale, cover->scale);
  cairo_set_source_surface(cr_, surface, 0, 0);
  // PAD: without it the raster backends blend the image's outer pixels with transparency, leaving a
  // pale rim along the frame.
  cairo_pattern_set_extend(cairo_get_source(cr_), CAIRO_EXTEND_PAD);
  cairo_paint(cr_);
  if (repeat) {
    cairo_pop_group_to_source(cr_);
    cairo_paint(cr_);
  }
  cairo_restore(cr_);
}

void CairoCanvas::pushClip(const display::Path& clip) {
  cairo_save(cr_);
  tracePath(clip);
  cairo_set_fill_rule(cr_, clip.fill ? toCairo(clip.fill->rule) : CAIRO_FILL_RULE_WINDING);
  cairo_clip(cr_);
}

void CairoCanvas::restoreClip() { cairo_restore(cr_); }

void CairoCanvas::draw(const display::Link& link) {
  const Rect& a = link.area;
  // fmt, not std::to_string: the numbers must not depend on the C locale's decimal point.
  std::string attributes =
      fmt::format("uri={} rect=[{} {} {} {}]", quoteAttribute(link.uri), a.x, a.y, a.width, a.height);
  // Only the PDF surface acts on tags; the others ignore them.
  cairo_tag_begin(cr_, CAIRO_TAG_LINK, attributes.c_str());
  cairo_tag_end(cr_, CAIRO_TAG_LINK);
}

}  // namespace banmian::exporter
