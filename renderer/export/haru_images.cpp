#include "export/haru_images.h"

#include "export/haru_handles.h"

namespace banmian::exporter {

HPDF_Image HaruImages::get(const display::Image& image) {
  auto found = images_.find(image.file);
  if (found != images_.end()) return found->second;
  HPDF_Image loaded = image.format == display::Image::Format::Jpeg
                          ? HPDF_LoadJpegImageFromFile(pdf_, image.file.c_str())
                          : HPDF_LoadPngImageFromFile(pdf_, image.file.c_str());
  checkHaru(pdf_, loaded, "cannot read image " + image.file);
  images_[image.file] = loaded;
  return loaded;
}

}  // namespace banmian::exporter
