#pragma once
// The raster images of a document as libharu objects, loaded once per file. A JPEG goes into the PDF
// as it is (DCTDecode, CMYK JPEGs stay CMYK); a PNG is decoded by libharu (alpha becomes an SMask).
#include <hpdf.h>

#include <map>
#include <string>

#include "display/display_list.h"

namespace banmian::exporter {

class HaruImages {
 public:
  explicit HaruImages(HPDF_Doc pdf) : pdf_(pdf) {}
  // Throws ExportError naming the file when libharu cannot read it.
  HPDF_Image get(const display::Image& image);

 private:
  HPDF_Doc pdf_;
  std::map<std::string, HPDF_Image> images_;
};

}  // namespace banmian::exporter
