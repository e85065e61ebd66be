#include "export/cairo_backend.h"

#include <cairo-svg.h>

#include <cmath>

#include "export/atomic_file.h"
#include "export/cairo_canvas.h"
#include "export/cairo_handles.h"
#include "export/face_store.h"
#include "export/png_encoder.h"

namespace banmian::exporter {
namespace {

const display::Page& pageAt(const display::Document& doc, int page, const std::string& path) {
  if (page < 0 || static_cast<size_t>(page) >= doc.pages.size())
    throw ExportError("cannot write " + path + ": no page " + std::to_string(page) + " (document has " +
                      std::to_string(doc.pages.size()) + ")");
  return doc.pages[page];
}

// Draws one page on `surface` and finishes it, so that stream surfaces have written everything.
void drawSinglePage(const display::Document& doc, const display::Page& page, cairo_surface_t* surface,
                    double scale, const std::string& path, FaceStore* faces) {
  FaceStore own;
  FontCache fonts(doc, /*presubset=*/false, faces ? *faces : own);  // raster and SVG outlines need no embedding
  ImageCache images;
  CairoPtr cr(cairo_create(surface));
  cairo_scale(cr.get(), scale, scale);
  if (cairo_surface_get_type(surface) == CAIRO_SURFACE_TYPE_IMAGE) {
    cairo_set_source_rgb(cr.get(), 1, 1, 1);  // PNG: white paper, not transparency
    cairo_paint(cr.get());
  }
  CairoCanvas(cr.get(), fonts, images).drawPage(page);
  cairo_show_page(cr.get());
  check(cairo_status(cr.get()), "cannot write " + path);
  cairo_surface_flush(surface);
  check(cairo_surface_status(surface), "cannot write " + path);
}

}  // namespace

void writePng(const display::Document& doc, int page, double dpi, const std::string& path, FaceStore* faces) try {
  const display::Page& p = pageAt(doc, page, path);
  if (!(dpi > 0)) throw ExportError("cannot write " + path + ": bad resolution");
  double scale = dpi / 72.0;
  int width = static_cast<int>(std::lround(p.width * scale));
  int height = static_cast<int>(std::lround(p.height * scale));
  SurfacePtr surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height));
  check(cairo_surface_status(surface.get()), "cannot write " + path);
  drawSinglePage(doc, p, surface.get(), scale, path, faces);
  writeFileAtomically(path, encodePng(surface.get()));
} catch (const ExportError& e) {
  rethrowNamingFile(e, path);
}

void writeSvg(const display::Document& doc, int page, const std::string& path, FaceStore* faces) try {
  const display::Page& p = pageAt(doc, page, path);
  std::string bytes;
  SurfacePtr surface(cairo_svg_surface_create_for_stream(appendToString, &bytes, p.width, p.height));
  check(cairo_surface_status(surface.get()), "cannot write " + path);
  drawSinglePage(doc, p, surface.get(), 1.0, path, faces);
  cairo_surface_finish(surface.get());
  check(cairo_surface_status(surface.get()), "cannot write " + path);
  writeFileAtomically(path, bytes);
} catch (const ExportError& e) {
  rethrowNamingFile(e, path);
}

}  // namespace banmian::exporter
