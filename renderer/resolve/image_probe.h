#pragma once
// Reads just enough of a JPEG or PNG file to know its format and pixel size, so that compose can crop it
// to its frame without decoding it.
#include <string>

#include "base/source_location.h"
#include "display/display_list.h"

namespace banmian::resolve {

struct ImageInfo {
  display::Image::Format format = display::Image::Format::Jpeg;
  int width = 0, height = 0;
};

// Throws InputError at `where` when the file is unreadable or neither a JPEG nor a PNG.
ImageInfo probeImage(const std::string& file, const SourceLocation& where);

}  // namespace banmian::resolve
