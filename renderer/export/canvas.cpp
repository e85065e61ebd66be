#include "export/canvas.h"

#include "export/export_error.h"

namespace banmian::exporter {

void Canvas::drawPage(const display::Page& page) {
  beginPage();
  for (const auto& item : page.items) {
    std::visit([this](const auto& it) { draw(it); }, item);
    afterItem();
  }
  for (; clip_depth_ > 0; --clip_depth_) restoreClip();
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

}  // namespace banmian::exporter
