#pragma once
// One canvas interface, several backends behind it (as in Skia). The walk over a page's display list and
// the bookkeeping of clips live here once; a backend says only how it draws each kind of item.
#include <optional>

#include "display/display_list.h"

namespace banmian::exporter {

// The display list promises that a run's clusters cover its text and glyphs in order; a backend that maps
// text to glyphs through them checks first. Throws ExportError naming the run.
void checkClusters(const display::GlyphRun& run);

// Where an image of `width` x `height` pixels lies when scaled to cover `frame` and centred on it
// (object-fit: cover; the frame crops it); nullopt when either has no area. Every backend places it so.
struct Cover {
  Rect area;     // the whole image, in page points
  double scale;  // points per pixel
};
std::optional<Cover> coverPlacement(const Rect& frame, double width, double height);

class Canvas {
 public:
  virtual ~Canvas() = default;

  // Draws every item of `page` in order, then closes any clip the page left open. Throws ExportError.
  void drawPage(const display::Page& page);

 protected:
  virtual void beginPage() {}
  // After the last item and the page's open clips are closed.
  virtual void afterPage() {}
  // After each item: a backend whose errors are silent checks its state here.
  virtual void afterItem() {}
  virtual void draw(const display::GlyphRun& run) = 0;
  virtual void draw(const display::Path& path) = 0;
  virtual void draw(const display::Image& image) = 0;
  virtual void draw(const display::Link& link) = 0;
  // Saves the graphics state and clips to `clip`; restoreClip undoes one such call.
  virtual void pushClip(const display::Path& clip) = 0;
  virtual void restoreClip() = 0;

 private:
  void draw(const display::PushClip& clip);
  void draw(const display::PopClip& pop);

  int clip_depth_ = 0;
};

}  // namespace banmian::exporter
