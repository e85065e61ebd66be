#include "export/haru_canvas.h"

#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "export/haru_handles.h"
#include "export/haru_text.h"

namespace banmian::exporter {
namespace {

using display::PathOp;

HPDF_LineCap toHaru(display::Stroke::Cap cap) {
  switch (cap) {
    case display::Stroke::Cap::Round:
      return HPDF_ROUND_END;
    case display::Stroke::Cap::Square:
      return HPDF_PROJECTING_SCUARE_END;  // sic: libharu's spelling
    default:
      return HPDF_BUTT_END;
  }
}

HPDF_LineJoin toHaru(display::Stroke::Join join) {
  switch (join) {
    case display::Stroke::Join::Round:
      return HPDF_ROUND_JOIN;
    case display::Stroke::Join::Bevel:
      return HPDF_BEVEL_JOIN;
    default:
      return HPDF_MITER_JOIN;
  }
}

// HPDF_Page_SetDash takes whole numbers from 1 to 100 only.
bool haruCanSetDash(const std::vector<double>& dashes) {
  return dashes.size() <= 8 && std::all_of(dashes.begin(), dashes.end(), [](double d) {
           return d >= 1 && d <= HPDF_MAX_DASH_PATTERN && d == std::floor(d);
         });
}

bool evenOdd(const display::Path& path) { return path.fill && path.fill->rule == display::Fill::Rule::EvenOdd; }

}  // namespace

void HaruCanvas::check(HPDF_STATUS status, const char* what) const { checkHaru(pdf_, status, what); }

void HaruCanvas::setFillColor(const Color& color) {
  double c, m, y, k;
  color.toCmyk(c, m, y, k);
  check(HPDF_Page_SetCMYKFill(page_, c, m, y, k), "cannot set the fill colour");
}

void HaruCanvas::draw(const display::GlyphRun& run) {
  std::vector<PlacedCharacter> placed = placeCharacters(
      run, [&](char32_t c) { return fonts_.cmapGlyph(run.font, c); }, fonts_.describe(run.font));
  if (placed.empty()) return;
  HPDF_Font font = fonts_.font(run.font);
  setFillColor(run.color);
  check(HPDF_Page_BeginText(page_), "cannot begin text");
  check(HPDF_Page_SetFontAndSize(page_, font, run.size), "cannot set the font size");
  // Every character at its own absolute position (Tm, not relative Td moves, so that no rounding
  // accumulates): the layout is banmian's, libharu's advances are never used.
  std::string character;
  for (const PlacedCharacter& p : placed) {
    character.clear();
    utf8::append(character, p.code_point);
    check(HPDF_Page_SetTextMatrix(page_, 1, 0, 0, 1, p.x, pdfY(p.y)), "cannot position text");
    check(HPDF_Page_ShowText(page_, character.c_str()), "cannot draw text");
  }
  check(HPDF_Page_EndText(page_), "cannot end text");
}

void HaruCanvas::tracePath(const display::Path& path) {
  for (const auto& op : path.ops) {
    const Point* p = op.p;
    switch (op.kind) {
      case PathOp::Kind::MoveTo:
        check(HPDF_Page_MoveTo(page_, p[0].x, pdfY(p[0].y)), "cannot draw path (moveto)");
        break;
      case PathOp::Kind::LineTo:
        check(HPDF_Page_LineTo(page_, p[0].x, pdfY(p[0].y)), "cannot draw path (lineto without moveto?)");
        break;
      case PathOp::Kind::CurveTo:
        check(HPDF_Page_CurveTo(page_, p[0].x, pdfY(p[0].y), p[1].x, pdfY(p[1].y), p[2].x, pdfY(p[2].y)),
              "cannot draw path (curveto without moveto?)");
        break;
      case PathOp::Kind::Close:
        check(HPDF_Page_ClosePath(page_), "cannot draw path (closepath without moveto?)");
        break;
    }
  }
}

void HaruCanvas::setDash(const std::vector<double>& dashes) {
  if (haruCanSetDash(dashes)) {
    std::vector<HPDF_UINT16> pattern(dashes.begin(), dashes.end());
    check(HPDF_Page_SetDash(page_, pattern.data(), static_cast<HPDF_UINT>(pattern.size()), 0), "cannot set dash");
    return;
  }
  // Fractional or zero-length dashes (round-cap dots): write the `d` operator into the page's content
  // stream ourselves; libharu's own graphics state never needs to know the dash.
  std::string op = "[";
  for (double d : dashes) op += fmt::format("{}{:.4f}", op.size() > 1 ? " " : "", d);
  op += "] 0 d\n";
  auto* attr = static_cast<HPDF_PageAttr>(page_->attr);
  check(HPDF_Stream_WriteStr(attr->stream, op.c_str()), "cannot set dash");
}

void HaruCanvas::applyStroke(const display::Stroke& stroke) {
  check(HPDF_Page_SetLineWidth(page_, stroke.width), "cannot set the line width");
  check(HPDF_Page_SetLineCap(page_, toHaru(stroke.cap)), "cannot set the line cap");
  check(HPDF_Page_SetLineJoin(page_, toHaru(stroke.join)), "cannot set the line join");
  if (!stroke.dashes.empty()) setDash(stroke.dashes);
  double c, m, y, k;
  stroke.color.toCmyk(c, m, y, k);
  check(HPDF_Page_SetCMYKStroke(page_, c, m, y, k), "cannot set the stroke colour");
}

void HaruCanvas::paintPath(const display::Path& path) {
  if (path.fill && path.stroke)
    check(evenOdd(path) ? HPDF_Page_EofillStroke(page_) : HPDF_Page_FillStroke(page_), "cannot fill and stroke");
  else if (path.fill)
    check(evenOdd(path) ? HPDF_Page_Eofill(page_) : HPDF_Page_Fill(page_), "cannot fill");
  else
    check(HPDF_Page_Stroke(page_), "cannot stroke");
}

void HaruCanvas::draw(const display::Path& path) {
  if (path.ops.empty() || (!path.fill && !path.stroke)) return;
  // A dash stays in the graphics state; the save/restore pair keeps it to this path.
  bool dashed = path.stroke && !path.stroke->dashes.empty();
  if (dashed) check(HPDF_Page_GSave(page_), "cannot save the graphics state");
  if (path.fill) setFillColor(path.fill->color);
  if (path.stroke) applyStroke(*path.stroke);
  tracePath(path);
  paintPath(path);
  if (dashed) check(HPDF_Page_GRestore(page_), "cannot restore the graphics state");
}

void HaruCanvas::draw(const display::Image& image) {
  HPDF_Image picture = images_.get(image);
  // The decoded size, not the display list's, so a stale pixel size cannot distort the image.
  double w = HPDF_Image_GetWidth(picture), h = HPDF_Image_GetHeight(picture);
  const Rect& f = image.frame;
  const std::optional<Cover> cover = coverPlacement(f, w, h);
  if (!cover) return;
  const Rect& a = cover->area;
  check(HPDF_Page_GSave(page_), "cannot save the graphics state");
  check(HPDF_Page_Rectangle(page_, f.x, pdfY(f.y + f.height), f.width, f.height), "cannot clip image");
  check(HPDF_Page_Clip(page_), "cannot clip image");
  check(HPDF_Page_EndPath(page_), "cannot clip image");
  check(HPDF_Page_DrawImage(page_, picture, a.x, pdfY(a.y + a.height), a.width, a.height),
        "cannot draw image");
  check(HPDF_Page_GRestore(page_), "cannot restore the graphics state");
}

void HaruCanvas::pushClip(const display::Path& clip) {
  check(HPDF_Page_GSave(page_), "cannot save the graphics state");
  tracePath(clip);
  check(evenOdd(clip) ? HPDF_Page_Eoclip(page_) : HPDF_Page_Clip(page_), "cannot clip");
  check(HPDF_Page_EndPath(page_), "cannot clip");
}

void HaruCanvas::restoreClip() { check(HPDF_Page_GRestore(page_), "cannot restore the graphics state"); }

void HaruCanvas::draw(const display::Link& link) {
  const Rect& a = link.area;
  HPDF_Rect rect{static_cast<HPDF_REAL>(a.x), static_cast<HPDF_REAL>(pdfY(a.y + a.height)),
                 static_cast<HPDF_REAL>(a.x + a.width), static_cast<HPDF_REAL>(pdfY(a.y))};
  HPDF_Annotation annotation = HPDF_Page_CreateURILinkAnnot(page_, rect, link.uri.c_str());
  checkHaru(pdf_, annotation, "cannot add link to " + link.uri);
  check(HPDF_LinkAnnot_SetBorderStyle(annotation, 0, 0, 0), "cannot set the link border");
}

}  // namespace banmian::exporter
