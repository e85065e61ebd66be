#include "export/pdf_images.h"

#include <cairo.h>
#include <fmt/format.h>

#include <cstdint>
#include <cstring>

#include "export/image_source.h"

namespace banmian::exporter::pdf {
namespace {

const char* jpegColorSpace(int components) {
  switch (components) {
    case 1:
      return "/DeviceGray";
    case 4:
      return "/DeviceCMYK";
    default:
      return "/DeviceRGB";
  }
}

// Cairo's pixels are premultiplied native-endian ARGB words; a PDF image wants straight RGB bytes and,
// when any pixel is not opaque, the alpha bytes as a separate mask.
void splitPixels(cairo_surface_t* surface, std::string& rgb, std::string& alpha, bool& translucent) {
  const int width = cairo_image_surface_get_width(surface), height = cairo_image_surface_get_height(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  const bool has_alpha = cairo_image_surface_get_format(surface) == CAIRO_FORMAT_ARGB32;
  const unsigned char* data = cairo_image_surface_get_data(surface);
  rgb.reserve(static_cast<size_t>(width) * height * 3);
  alpha.reserve(static_cast<size_t>(width) * height);
  translucent = false;
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      uint32_t p;
      std::memcpy(&p, data + y * stride + x * 4, 4);
      const uint32_t a = has_alpha ? p >> 24 : 255;
      translucent = translucent || a != 255;
      for (int shift : {16, 8, 0}) {
        const uint32_t c = (p >> shift) & 0xFF;
        rgb += static_cast<char>(a == 0 ? 0 : (a == 255 ? c : (c * 255 + a / 2) / a));
      }
      alpha += static_cast<char>(a);
    }
}

}  // namespace

const PlacedImage& PdfImages::get(const display::Image& image) {
  auto it = images_.find(image.file);
  if (it == images_.end()) {
    PlacedImage placed =
        image.format == display::Image::Format::Jpeg ? writeJpeg(image.file) : writePng(image.file);
    it = images_.emplace(image.file, placed).first;
  }
  return it->second;
}

PlacedImage PdfImages::writeJpeg(const std::string& path) {
  const std::vector<unsigned char> bytes = readImageFile(path);
  const JpegHeader header = checkJpeg(path, bytes);
  const int id = file_.reserve();
  std::string entries = fmt::format("/Type /XObject /Subtype /Image /Width {} /Height {} /ColorSpace {} "
                                    "/BitsPerComponent 8 /Filter /DCTDecode",
                                    header.width, header.height, jpegColorSpace(header.components));
  if (header.components == 4 && header.inverted) entries += " /Decode [1 0 1 0 1 0 1 0]";
  file_.stream(id, entries, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()), false);
  return {id, header.width, header.height};
}

PlacedImage PdfImages::writePng(const std::string& path) {
  SurfacePtr surface = loadPng(path);
  cairo_surface_flush(surface.get());
  const int width = cairo_image_surface_get_width(surface.get());
  const int height = cairo_image_surface_get_height(surface.get());
  std::string rgb, alpha;
  bool translucent = false;
  splitPixels(surface.get(), rgb, alpha, translucent);
  const int id = file_.reserve();
  std::string entries = fmt::format("/Type /XObject /Subtype /Image /Width {} /Height {} /ColorSpace /DeviceRGB "
                                    "/BitsPerComponent 8", width, height);
  if (translucent) {
    const int mask = file_.reserve();
    file_.stream(mask, fmt::format("/Type /XObject /Subtype /Image /Width {} /Height {} /ColorSpace /DeviceGray "
                                   "/BitsPerComponent 8", width, height),
                 deflate(alpha), true);
    entries += fmt::format(" /SMask {} 0 R", mask);
  }
  file_.stream(id, entries, deflate(rgb), true);
  return {id, width, height};
}

}  // namespace banmian::exporter::pdf
