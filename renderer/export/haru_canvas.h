#pragma once
// Draws display-list items onto one libharu page. The display list's origin is the top-left corner
// with y down; PDF's is the bottom-left with y up, so every y becomes page height − y. Colours are
// written as CMYK only (Color::toCmyk): black and grey come out on the K plate alone.
#include <hpdf.h>

#include "display/display_list.h"
#include "export/haru_fonts.h"
#include "export/haru_images.h"

namespace banmian::exporter {

class HaruCanvas {
 public:
  HaruCanvas(HPDF_Doc pdf, HPDF_Page page, double height, HaruFonts& fonts, HaruImages& images)
      : pdf_(pdf), page_(page), height_(height), fonts_(fonts), images_(images) {}

  // Draws every item of `page`, then restores any clip the page left open. Throws ExportError.
  void drawPage(const display::Page& page);

 private:
  void draw(const display::GlyphRun& run);
  void draw(const display::Path& path);
  void draw(const display::Image& image);
  void draw(const display::PushClip& clip);
  void draw(const display::PopClip& pop);
  void draw(const display::Link& link);

  void tracePath(const display::Path& path);
  void paintPath(const display::Path& path);
  void setFillColor(const Color& color);
  void applyStroke(const display::Stroke& stroke);
  void setDash(const std::vector<double>& dashes);
  double pdfY(double y) const { return height_ - y; }
  void check(HPDF_STATUS status, const char* what) const;

  HPDF_Doc pdf_;
  HPDF_Page page_;
  double height_;
  HaruFonts& fonts_;
  HaruImages& images_;
  int clip_depth_ = 0;
};

}  // namespace banmian::exporter
