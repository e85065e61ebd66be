#pragma once
// Draws display-list items onto one libharu page. The display list's origin is the top-left corner
// with y down; PDF's is the bottom-left with y up, so every y becomes page height − y. Colours are
// written as CMYK only (Color::toCmyk): black and grey come out on the K plate alone.
#include <hpdf.h>

#include "display/display_list.h"
#include "export/canvas.h"
#include "export/haru_fonts.h"
#include "export/haru_images.h"

namespace banmian::exporter {

class HaruCanvas : public Canvas {
 public:
  HaruCanvas(HPDF_Doc pdf, HPDF_Page page, double height, HaruFonts& fonts, HaruImages& images)
      : pdf_(pdf), page_(page), height_(height), fonts_(fonts), images_(images) {}

 private:
  void draw(const display::GlyphRun& run) override;
  void draw(const display::Path& path) override;
  void draw(const display::Image& image) override;
  void draw(const display::Link& link) override;
  void pushClip(const display::Path& clip) override;
  void restoreClip() override;

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
};

}  // namespace banmian::exporter
