#include "export/canvas.h"

#include <algorithm>

#include "export/export_error.h"

namespace banmian::exporter {

void Canvas::drawPage(const display::Page& page) {
  beginPage();
  for (const auto& item : page.items) {
    std::visit([this](const auto& it) { draw(it); }, item);
    afterItem();
  }
  for (; clip_depth_ > 0; --clip_depth_) restoreClip();
  afterPage();
}

void Canvas::draw(const display::PushClip& clip) {
  pushClip(clip.clip);
  ++clip_depth_;
}

void Canvas::draw(const display::PopClip&) {
  // A stray PopClip would restore a state the page never saved: Cairo poisons its context, libharu fails.
  if (clip_depth_ == 0) throw ExportError("PopClip without a matching PushClip");
  --clip_depth_;
  restoreClip();
}

void checkClusters(const display::GlyphRun& run) {
  size_t bytes = 0, glyphs = 0;
  bool valid = true;
  for (const auto& c : run.clusters) {
    valid = valid && c.bytes >= 0 && c.glyphs >= 0 && (c.bytes > 0 || c.glyphs > 0);
    bytes += static_cast<size_t>(std::max(c.bytes, 0));
    glyphs += static_cast<size_t>(std::max(c.glyphs, 0));
  }
  if (!valid || bytes != run.text.size() || glyphs != run.glyphs.size())
    throw ExportError("glyph run \"" + run.text + "\": clusters do not cover its text and glyphs");
}

std::optional<Cover> coverPlacement(const Rect& f, double w, double h) {
  if (!(w > 0) || !(h > 0) || !(f.width > 0) || !(f.height > 0)) return std::nullopt;
  const double scale = std::max(f.width / w, f.height / h);
  return Cover{{f.x + (f.width - w * scale) / 2, f.y + (f.height - h * scale) / 2, w * scale, h * scale}, scale};
}

}  // namespace banmian::exporter
