#pragma once
// The objects that make one embedded font in a PDF: the Type 0 font the content streams name, its
// CIDFont with the glyph widths, the font descriptor, the font program and the ToUnicode map.
#include "export/pdf_file.h"
#include "export/pdf_font.h"
#include "export/pdf_to_unicode.h"

namespace banmian::exporter::pdf {

// Writes them all; returns the object number of the Type 0 font.
int writeFontObjects(PdfFile& file, const EmbeddedFont& font, const ToUnicodeMap& to_unicode);

}  // namespace banmian::exporter::pdf
