#pragma once
// banmian's own PDF writer: a display::Document as a PDF 1.7 file, without Cairo. It embeds HarfBuzz's
// subsets as they are (Cairo would load every glyph with FreeType twice and subset the CFF again) and
// makes fonts and compressed streams on both cores. Text copies out exactly (ToUnicode, /ActualText);
// the same document gives the same bytes.
#include <string>

#include "display/display_list.h"

namespace banmian::exporter {

class FaceStore;

namespace pdf {

struct WriterOptions {
  FaceStore* faces = nullptr;  // kept across documents by a batch worker; nullptr: a store of this call's own
  unsigned threads = 0;        // 0: one per core
};

// Throws ExportError.
std::string documentBytes(const display::Document& doc, const WriterOptions& options = {});
// Writes atomically (a temporary file renamed into place); throws ExportError naming `path`.
void writeDocument(const display::Document& doc, const std::string& path, const WriterOptions& options = {});

}  // namespace pdf
}  // namespace banmian::exporter
