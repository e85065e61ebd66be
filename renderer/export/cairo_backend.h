#pragma once
// Writes a display::Document with Cairo. All three formats draw through the same CairoCanvas; they
// differ only in the surface. Every writer builds the whole file in memory and then moves it into
// place atomically, so a failed export never leaves a partial or temporary file behind.
#include <string>

#include "display/display_list.h"
#include "export/export_error.h"

namespace banmian::exporter {

struct PdfOptions {
  // Desubroutinize and subset each font with HarfBuzz before Cairo embeds it. Cairo 1.16's own CFF
  // subsetter keeps whole subroutine sets of Noto CJK (hundreds of KB per page); off only to measure.
  bool presubset_fonts = true;
};

// All pages, in memory. Throws ExportError.
std::string pdfBytes(const display::Document& doc, const PdfOptions& options = {});
// All pages. Throws ExportError.
void writePdf(const display::Document& doc, const std::string& path, const PdfOptions& options = {});
// One page (0-based) rasterised at `dpi` on a white background. Throws ExportError.
void writePng(const display::Document& doc, int page, double dpi, const std::string& path);
// One page (0-based) as SVG, glyphs as outlines. Throws ExportError.
void writeSvg(const display::Document& doc, int page, const std::string& path);

}  // namespace banmian::exporter
