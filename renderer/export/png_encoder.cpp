#include "export/png_encoder.h"

#include <png.h>

#include <vector>

#include "export/export_error.h"

namespace banmian::exporter {
namespace {

void appendBytes(png_structp png, png_bytep data, png_size_t length) {
  auto* out = static_cast<std::string*>(png_get_io_ptr(png));
  out->append(reinterpret_cast<const char*>(data), length);
}

void flushNothing(png_structp) {}

[[noreturn]] void failPng(png_structp, png_const_charp message) { throw ExportError(std::string("libpng: ") + message); }

// Cairo's RGB24 keeps each pixel as a native-endian 32-bit xRGB word; PNG wants R, G, B bytes.
void toRgb(const unsigned char* row, int width, std::vector<png_byte>& out) {
  const auto* pixels = reinterpret_cast<const uint32_t*>(row);
  for (int x = 0; x < width; ++x) {
    const uint32_t p = pixels[x];
    out[3 * x] = static_cast<png_byte>(p >> 16);
    out[3 * x + 1] = static_cast<png_byte>(p >> 8);
    out[3 * x + 2] = static_cast<png_byte>(p);
  }
}

}  // namespace

std::string encodePng(cairo_surface_t* surface) {
  cairo_surface_flush(surface);
  const int width = cairo_image_surface_get_width(surface), height = cairo_image_surface_get_height(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  const unsigned char* data = cairo_image_surface_get_data(surface);
  std::string bytes;
  // libpng reports errors through the callback, which throws instead of longjmp-ing: x86-64 code carries
  // unwind tables by default, C included, so the exception crosses libpng's frames.
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, failPng, nullptr);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  if (!info) {
    png_destroy_write_struct(&png, nullptr);
    throw ExportError("libpng: out of memory");
  }
  try {
    png_set_write_fn(png, &bytes, appendBytes, flushNothing);
    png_set_IHDR(png, info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height), 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_level(png, kPngZlibLevel);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
    png_write_info(png, info);
    std::vector<png_byte> row(static_cast<size_t>(width) * 3);
    for (int y = 0; y < height; ++y) {
      toRgb(data + static_cast<size_t>(y) * static_cast<size_t>(stride), width, row);
      png_write_row(png, row.data());
    }
    png_write_end(png, info);
  } catch (...) {
    png_destroy_write_struct(&png, &info);
    throw;
  }
  png_destroy_write_struct(&png, &info);
  return bytes;
}

}  // namespace banmian::exporter
