#pragma once
// Writes a display::Document with Cairo. All three formats draw through the same CairoCanvas; they
// differ only in the surface. Every writer builds the whole file in memory and then moves it into
// place atomically, so a failed export never leaves a partial or temporary file behind.
#include <string>

#include "display/display_list.h"
#include "export/export_error.h"

namespace banmian::exporter {

class FaceStore;

struct PdfOptions {
  // Desubroutinize and subset each font with HarfBuzz before Cairo embeds it. Cairo 1.16's own CFF
  // subsetter keeps whole subroutine sets of Noto CJK (hundreds of KB per page); off only to measure.
  bool presubset_fonts = true;
  // Faces kept from earlier documents (export/face_store.h); nullptr: this export loads its own.
  FaceStore* faces = nullptr;
};

// All pages, in memory. Throws ExportError.
std::string pdfBytes(const display::Document& doc, const PdfOptions& options = {});
// All pages. Throws ExportError.
void writePdf(const display::Document& doc, const std::string& path, const PdfOptions& options = {});
// One page (0-based) rasterised at `dpi` on a white background. Throws ExportError.
// `faces` as in PdfOptions.
void writePng(const display::Document& doc, int page, double dpi, const std::string& path,
              FaceStore* faces = nullptr);
// One page (0-based) as SVG, glyphs as outlines. Throws ExportError.
void writeSvg(const display::Document& doc, int page, const std::string& path, FaceStore* faces = nullptr);

}  // namespace banmian::exporter
