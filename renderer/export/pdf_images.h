#pragma once
// The raster images of a document as PDF image XObjects, one per file. A JPEG goes in as it is
// (DCTDecode: no second lossy encoding; a CMYK JPEG stays CMYK); a PNG is decoded and its pixels
// deflated, with its alpha channel as a soft mask.
#include <map>
#include <string>

#include "display/display_list.h"
#include "export/pdf_file.h"

namespace banmian::exporter::pdf {

struct PlacedImage {
  int object = 0;  // the XObject's object number
  int width = 0;   // in pixels, as decoded (not as the display list says)
  int height = 0;
};

class PdfImages {
 public:
  explicit PdfImages(PdfFile& file) : file_(file) {}
  // The XObject for `image.file`, written on first use; throws ExportError naming a file it cannot read.
  const PlacedImage& get(const display::Image& image);

 private:
  PlacedImage writeJpeg(const std::string& path);
  PlacedImage writePng(const std::string& path);

  PdfFile& file_;
  std::map<std::string, PlacedImage> images_;
};

}  // namespace banmian::exporter::pdf
