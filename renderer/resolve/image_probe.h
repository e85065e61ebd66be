#pragma once
// Reads the header of a JPEG or PNG file for its format and pixel size (so that compose can crop it to
// its frame), checks them against the limits 'image-file-size' and 'image-pixels', and only then decodes
// the whole file once to refuse a damaged one before it is embedded.
#include <string>

#include "base/source_location.h"
#include "display/display_list.h"

namespace banmian::resolve {

struct ImageInfo {
  display::Image::Format format = display::Image::Format::Jpeg;
  int width = 0, height = 0;
};

// Throws InputError at `where` when the file is unreadable, neither a JPEG nor a PNG, over a limit, or
// damaged (truncated, bad CRC, corrupt data).
ImageInfo probeImage(const std::string& file, const SourceLocation& where);

}  // namespace banmian::resolve
