#pragma once
// Owning handles for Cairo's reference-counted objects, so that an exception thrown mid-page releases
// everything it should.
#include <cairo.h>

#include <memory>
#include <string>

#include "export/export_error.h"

namespace banmian::exporter {

struct CairoDeleter {
  void operator()(cairo_t* cr) const { cairo_destroy(cr); }
  void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
  void operator()(cairo_font_face_t* f) const { cairo_font_face_destroy(f); }
};
using CairoPtr = std::unique_ptr<cairo_t, CairoDeleter>;
using SurfacePtr = std::unique_ptr<cairo_surface_t, CairoDeleter>;
using FontFacePtr = std::unique_ptr<cairo_font_face_t, CairoDeleter>;

// Cairo reports errors by putting objects into an error state; turn that into an exception.
inline void check(cairo_status_t status, const std::string& what) {
  if (status != CAIRO_STATUS_SUCCESS) throw ExportError(what + ": " + cairo_status_to_string(status));
}

// A cairo_write_func_t that appends to the std::string passed as closure; every writer renders into
// memory first and hands the bytes to writeFileAtomically.
inline cairo_status_t appendToString(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace banmian::exporter
