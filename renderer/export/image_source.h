#pragma once
// Decodes the raster images a document places, once per file per document.
#include <cairo.h>

#include <map>
#include <string>
#include <vector>

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

// What a PDF needs to know to embed a JPEG file as it is (DCTDecode).
struct JpegHeader {
  int width = 0, height = 0;
  int components = 0;     // 1 grey, 3 YCbCr/RGB, 4 CMYK/YCCK
  bool inverted = false;  // an Adobe marker: CMYK values are stored inverted
};
// Reads the header and decodes the whole image, so that a damaged file is refused here rather than
// embedded; throws ExportError naming the file.
JpegHeader checkJpeg(const std::string& file, const std::vector<unsigned char>& bytes);
std::vector<unsigned char> readImageFile(const std::string& file);

// Exposed for tests: decode one file.
SurfacePtr loadJpeg(const std::string& file);
SurfacePtr loadPng(const std::string& file);

}  // namespace banmian::exporter
