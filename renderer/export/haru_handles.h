#pragma once
// Owning handle and error checks for libharu. libharu's errors are sticky: after one failed call every
// later call fails too and nothing is saved. So every call's result is checked where it is made, and
// the first failure becomes an ExportError saying what was being done.
#include <hpdf.h>

#include <memory>
#include <string>
#include <type_traits>

#include "export/export_error.h"

namespace banmian::exporter {

struct HaruDocDeleter {
  void operator()(HPDF_Doc pdf) const { HPDF_Free(pdf); }
};
using HaruDocPtr = std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, HaruDocDeleter>;

// Throws ExportError("`what`: libharu error 0x…") unless `status` is HPDF_OK.
void checkHaru(HPDF_Doc pdf, HPDF_STATUS status, const std::string& what);
// For the calls that return a handle: throws when `handle` is null.
void checkHaru(HPDF_Doc pdf, const void* handle, const std::string& what);

}  // namespace banmian::exporter
