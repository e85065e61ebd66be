#include "resolve/image_check.h"

// clang-format off
#include <cstdio>
#include <jpeglib.h>
// clang-format on
#include <png.h>

#include <csetjmp>
#include <memory>
#include <vector>

namespace banmian::resolve {
namespace {

struct FileCloser {
  void operator()(FILE* f) const { std::fclose(f); }
};
using FilePtr = std::unique_ptr<FILE, FileCloser>;

// libjpeg reports errors through error_exit, which must not return: it jumps back here. Nothing with
// a destructor lives between setjmp and the jump.
struct JpegErrors {
  jpeg_error_mgr manager;
  std::jmp_buf jump;
  char message[JMSG_LENGTH_MAX];
};

void onJpegError(j_common_ptr cinfo) {
  auto* errors = reinterpret_cast<JpegErrors*>(cinfo->err);
  cinfo->err->format_message(cinfo, errors->message);
  std::longjmp(errors->jump, 1);
}

// Warnings (a truncated file is one: libjpeg pads it with grey) count as defects.
void onJpegMessage(j_common_ptr cinfo, int level) {
  auto* errors = reinterpret_cast<JpegErrors*>(cinfo->err);
  if (level < 0 && errors->message[0] == '\0') cinfo->err->format_message(cinfo, errors->message);
  if (level < 0) cinfo->err->num_warnings++;
}

bool decodeJpeg(FILE* file, JpegErrors& errors, std::vector<JSAMPLE>& row) {
  jpeg_decompress_struct cinfo{};
  cinfo.err = jpeg_std_error(&errors.manager);
  errors.manager.error_exit = onJpegError;
  errors.manager.emit_message = onJpegMessage;
  if (setjmp(errors.jump)) {
    jpeg_destroy_decompress(&cinfo);
    return false;
  }
  jpeg_create_decompress(&cinfo);
  jpeg_stdio_src(&cinfo, file);
  jpeg_read_header(&cinfo, TRUE);
  cinfo.scale_denom = 8;  // every coefficient is still entropy-decoded (so damage shows), at 1/64 the work
  cinfo.dct_method = JDCT_IFAST;
  jpeg_start_decompress(&cinfo);
  row.resize(static_cast<size_t>(cinfo.output_width) * static_cast<size_t>(cinfo.output_components));
  JSAMPROW rows[1] = {row.data()};
  while (cinfo.output_scanline < cinfo.output_height) jpeg_read_scanlines(&cinfo, rows, 1);
  jpeg_finish_decompress(&cinfo);
  bool clean = errors.manager.num_warnings == 0;
  jpeg_destroy_decompress(&cinfo);
  return clean;
}

std::string jpegDefect(FILE* file) {
  JpegErrors errors{};
  std::vector<JSAMPLE> row;
  if (decodeJpeg(file, errors, row)) return "";
  return errors.message[0] ? errors.message : "damaged JPEG data";
}

struct PngErrors {
  std::jmp_buf jump;
  char message[200];
};

void onPngError(png_structp png, png_const_charp message) {
  auto* errors = static_cast<PngErrors*>(png_get_error_ptr(png));
  std::snprintf(errors->message, sizeof errors->message, "%s", message);
  std::longjmp(errors->jump, 1);
}

void onPngWarning(png_structp, png_const_charp) {}  // benign (an unknown chunk, a gamma note)

bool decodePng(FILE* file, PngErrors& errors, std::vector<png_byte>& row) {
  png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &errors, onPngError, onPngWarning);
  if (!png) return false;
  png_infop info = png_create_info_struct(png);
  if (!info || setjmp(errors.jump)) {
    png_destroy_read_struct(&png, info ? &info : nullptr, nullptr);
    return false;
  }
  png_init_io(png, file);
  png_read_info(png, info);
  const int passes = png_set_interlace_handling(png);
  png_read_update_info(png, info);
  row.resize(png_get_rowbytes(png, info));
  for (int pass = 0; pass < passes; ++pass)
    for (png_uint_32 y = 0; y < png_get_image_height(png, info); ++y) png_read_row(png, row.data(), nullptr);
  png_read_end(png, nullptr);  // the chunks after the pixels, CRCs included
  png_destroy_read_struct(&png, &info, nullptr);
  return true;
}

std::string pngDefect(FILE* file) {
  PngErrors errors{};
  std::vector<png_byte> row;
  if (decodePng(file, errors, row)) return "";
  return errors.message[0] ? errors.message : "damaged PNG data";
}

}  // namespace

std::string imageDefect(const std::string& path, display::Image::Format format) {
  FilePtr file(std::fopen(path.c_str(), "rb"));
  if (!file) return "cannot open the file";
  return format == display::Image::Format::Jpeg ? jpegDefect(file.get()) : pngDefect(file.get());
}

}  // namespace banmian::resolve
