#pragma once
// Decodes the raster images a document places, once per file per document.
#include <cairo.h>

#include <map>
#include <string>

#include "display/display_list.h"
#include "export/cairo_handles.h"

namespace banmian::exporter {

class ImageCache {
 public:
  // The decoded image for `image.file`; throws ExportError naming the file when it cannot be read.
  // A JPEG surface carries the file's bytes as CAIRO_MIME_TYPE_JPEG, so the PDF surface embeds the
  // original JPEG (DCTDecode) instead of re-encoding the pixels.
  cairo_surface_t* get(const display::Image& image);

 private:
  std::map<std::string, SurfacePtr> surfaces_;
};

// Exposed for tests: decode one file.
SurfacePtr loadJpeg(const std::string& file);
SurfacePtr loadPng(const std::string& file);

}  // namespace banmian::exporter
