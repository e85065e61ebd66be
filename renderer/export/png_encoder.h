#pragma once
// PNG bytes of a Cairo RGB24 image surface, at a zlib level chosen for rendered pages: Cairo's own writer
// uses libpng's default (level 6 with every filter tried), which took most of --png time; level 3 with the
// Sub filter is several times faster for a page of text and lines, and files stay within a few per cent.
#include <cairo.h>

#include <string>

namespace banmian::exporter {

constexpr int kPngZlibLevel = 3;

// Throws ExportError when libpng fails.
std::string encodePng(cairo_surface_t* rgb24_surface);

}  // namespace banmian::exporter
