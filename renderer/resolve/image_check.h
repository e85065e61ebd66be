#pragma once
// Decodes a whole JPEG or PNG file, without keeping it, to learn whether it is intact before it is
// embedded: a truncated JPEG is otherwise passed into the PDF as an invalid stream, and a broken PNG
// reaches Cairo, which says only "out of memory". Memory stays at one row of pixels.
#include <string>

#include "display/display_list.h"

namespace banmian::resolve {

// Empty when the file decodes cleanly (no error, and no warning such as "premature end of JPEG file");
// else the decoder's own words, e.g. "Premature end of JPEG file".
std::string imageDefect(const std::string& file, display::Image::Format format);

}  // namespace banmian::resolve
