#include "export/haru_handles.h"

#include <fmt/format.h>

namespace banmian::exporter {
namespace {

// A few codes a user can act on; the rest are reported by number (see hpdf_error.h).
const char* describe(HPDF_STATUS code) {
  switch (code) {
    case HPDF_FILE_IO_ERROR:
    case HPDF_FILE_OPEN_ERROR:
      return "cannot read the file";
    case HPDF_TTF_MISSING_TABLE:
      return "not a TrueType font (a table is missing)";
    case HPDF_UNSUPPORTED_JPEG_FORMAT:
      return "unsupported JPEG";
    case HPDF_INVALID_PNG_IMAGE:
    case HPDF_LIBPNG_ERROR:
      return "unreadable PNG";
    default:
      return "";
  }
}

[[noreturn]] void fail(HPDF_Doc pdf, const std::string& what) {
  HPDF_STATUS code = pdf ? HPDF_GetError(pdf) : 0;
  HPDF_STATUS detail = pdf ? HPDF_GetErrorDetail(pdf) : 0;
  if (pdf) HPDF_ResetError(pdf);
  std::string text = describe(code);
  throw ExportError(fmt::format("{}: libharu error 0x{:04X} (detail {}){}", what, code, detail,
                                text.empty() ? "" : ": " + text));
}

}  // namespace

void checkHaru(HPDF_Doc pdf, HPDF_STATUS status, const std::string& what) {
  if (status != HPDF_OK) fail(pdf, what);
}

void checkHaru(HPDF_Doc pdf, const void* handle, const std::string& what) {
  if (!handle) fail(pdf, what);
}

}  // namespace banmian::exporter
