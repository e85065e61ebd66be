#pragma once
// The print edition: writes a display::Document as PDF with libharu, every colour in CMYK (black and
// grey on the K plate alone), every character placed where the display list puts it. Fonts must be
// TrueType and text in the BMP (libharu's limits); anything else is an ExportError naming the font or
// character, never a silently wrong page. Like the Cairo writers it builds the whole file in memory
// and moves it into place atomically.
#include <string>

#include "display/display_list.h"
#include "export/export_error.h"

namespace banmian::exporter {

// All pages. Throws ExportError naming `path`. Without Metadata::creation_time the output has no
// dates and is byte-identical across runs.
void writeHaruPdf(const display::Document& doc, const std::string& path);
// The same PDF in memory. Throws ExportError.
std::string haruPdfBytes(const display::Document& doc);

}  // namespace banmian::exporter
