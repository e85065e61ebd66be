#include "export/image_source.h"

#include <csetjmp>
#include <cstdio>
// jpeglib.h needs FILE and size_t declared before it.
#include <jpeglib.h>

#include <fstream>
#include <iterator>
#include <vector>

namespace banmian::exporter {
namespace {

// libjpeg's default error handler calls exit(); this one longjmps back into decodeJpeg. No C++ object
// with a destructor may live in the frames the longjmp crosses, hence the plain C style below.
struct JpegError {
  jpeg_error_mgr mgr;
  jmp_buf jump;
  char message[JMSG_LENGTH_MAX];
};

void onJpegError(j_common_ptr cinfo) {
  auto* err = reinterpret_cast<JpegError*>(cinfo->err);
  (*cinfo->err->format_message)(cinfo, err->message);
  std::longjmp(err->jump, 1);
}

// Converts one decoded scanline into Cairo's native-endian xRGB words. CMYK JPEGs written by Adobe
// software store inverted values (the Adobe marker says so); the RGB preview uses the naive formula
// of Color::toRgb. The PDF still embeds the original CMYK JPEG through the mime data.
void toXrgb(const JSAMPLE* in, uint32_t* out, int width, int components, bool inverted) {
  for (int x = 0; x < width; ++x, in += components) {
    uint32_t r = in[0], g = in[1], b = in[2];
    if (components == 4) {
      uint32_t c = in[0], m = in[1], y = in[2], k = in[3];
      if (!inverted) c = 255 - c, m = 255 - m, y = 255 - y, k = 255 - k;
      r = c * k / 255, g = m * k / 255, b = y * k / 255;
    }
    out[x] = 0xFF000000u | (r << 16) | (g << 8) | b;
  }
}

// Decodes into `surface` (created here); returns false with `message` set on a libjpeg error.
bool decodeJpeg(const std::vector<unsigned char>& bytes, cairo_surface_t** surface, char* message,
                JpegHeader* header = nullptr) {
  jpeg_decompress_struct cinfo;
  JpegError err;
  cinfo.err = jpeg_std_error(&err.mgr);
  err.mgr.error_exit = onJpegError;
  if (setjmp(err.jump)) {
    std::snprintf(message, JMSG_LENGTH_MAX, "%s", err.message);
    jpeg_destroy_decompress(&cinfo);  // also frees the scanline buffer below
    return false;
  }
  jpeg_create_decompress(&cinfo);
  jpeg_mem_src(&cinfo, bytes.data(), static_cast<unsigned long>(bytes.size()));
  jpeg_read_header(&cinfo, TRUE);
  bool cmyk = cinfo.jpeg_color_space == JCS_CMYK || cinfo.jpeg_color_space == JCS_YCCK;
  if (header)
    *header = {static_cast<int>(cinfo.image_width), static_cast<int>(cinfo.image_height), cinfo.num_components,
               static_cast<bool>(cinfo.saw_Adobe_marker)};
  cinfo.out_color_space = cmyk ? JCS_CMYK : JCS_RGB;  // libjpeg expands grey and YCbCr to RGB
  jpeg_start_decompress(&cinfo);
  *surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, cinfo.output_width, cinfo.output_height);
  unsigned char* pixels = cairo_image_surface_get_data(*surface);
  int stride = cairo_image_surface_get_stride(*surface);
  JSAMPARRAY row = (*cinfo.mem->alloc_sarray)(reinterpret_cast<j_common_ptr>(&cinfo), JPOOL_IMAGE,
                                              cinfo.output_width * cinfo.output_components, 1);
  while (pixels && cinfo.output_scanline < cinfo.output_height) {
    auto* out = reinterpret_cast<uint32_t*>(pixels + cinfo.output_scanline * stride);
    jpeg_read_scanlines(&cinfo, row, 1);
    toXrgb(row[0], out, cinfo.output_width, cinfo.output_components, cinfo.saw_Adobe_marker);
  }
  if (pixels) jpeg_finish_decompress(&cinfo);
  jpeg_destroy_decompress(&cinfo);
  return true;
}

}  // namespace

std::vector<unsigned char> readImageFile(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw ExportError("cannot read image " + file);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

namespace {

void releaseBytes(void* data) { delete static_cast<std::vector<unsigned char>*>(data); }

}  // namespace

SurfacePtr loadJpeg(const std::string& file) {
  auto* bytes = new std::vector<unsigned char>(readImageFile(file));
  cairo_surface_t* raw = nullptr;
  char message[JMSG_LENGTH_MAX] = "";
  if (!decodeJpeg(*bytes, &raw, message)) {
    delete bytes;
    if (raw) cairo_surface_destroy(raw);
    throw ExportError("bad JPEG image " + file + ": " + message);
  }
  SurfacePtr surface(raw);
  cairo_surface_mark_dirty(surface.get());
  // Cairo takes ownership of the bytes and frees them with the surface.
  cairo_status_t status = cairo_surface_set_mime_data(surface.get(), CAIRO_MIME_TYPE_JPEG, bytes->data(),
                                                      bytes->size(), releaseBytes, bytes);
  if (status != CAIRO_STATUS_SUCCESS) delete bytes;
  check(status, "bad JPEG image " + file);
  check(cairo_surface_status(surface.get()), "bad JPEG image " + file);
  return surface;
}

JpegHeader checkJpeg(const std::string& file, const std::vector<unsigned char>& bytes) {
  cairo_surface_t* raw = nullptr;
  char message[JMSG_LENGTH_MAX] = "";
  JpegHeader header;
  const bool decoded = decodeJpeg(bytes, &raw, message, &header);
  if (raw) cairo_surface_destroy(raw);
  if (!decoded) throw ExportError("bad JPEG image " + file + ": " + message);
  return header;
}

SurfacePtr loadPng(const std::string& file) {
  SurfacePtr surface(cairo_image_surface_create_from_png(file.c_str()));
  check(cairo_surface_status(surface.get()), "bad PNG image " + file);
  return surface;
}

cairo_surface_t* ImageCache::get(const display::Image& image) {
  auto it = surfaces_.find(image.file);
  if (it == surfaces_.end()) {
    SurfacePtr s = image.format == display::Image::Format::Jpeg ? loadJpeg(image.file) : loadPng(image.file);
    it = surfaces_.emplace(image.file, std::move(s)).first;
  }
  return it->second.get();
}

}  // namespace banmian::exporter
