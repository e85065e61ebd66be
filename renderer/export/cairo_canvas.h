#pragma once
// Draws display-list items onto a cairo_t. The canvas knows nothing about the surface behind it: the
// PDF, PNG and SVG writers all hand it their cairo_t (user space = page points, origin top-left).
#include <cairo.h>

#include <set>

#include "display/display_list.h"
#include "export/canvas.h"
#include "export/font_cache.h"
#include "export/image_source.h"

namespace banmian::exporter {

class CairoCanvas : public Canvas {
 public:
  CairoCanvas(cairo_t* cr, const FontCache& fonts, ImageCache& images)
      : cr_(cr), fonts_(fonts), images_(images) {}

 private:
  void beginPage() override;
  void afterItem() override;
  void draw(const display::GlyphRun& run) override;
  void draw(const display::Path& path) override;
  void draw(const display::Image& image) override;
  void draw(const display::Link& link) override;
  void pushClip(const display::Path& clip) override;
  void restoreClip() override;

  void tracePath(const display::Path& path);
  void setColor(const Color& color);
  void applyStroke(const display::Stroke& stroke);

  cairo_t* cr_;
  const FontCache& fonts_;
  ImageCache& images_;
  std::set<cairo_surface_t*> images_on_page_;
};

}  // namespace banmian::exporter
