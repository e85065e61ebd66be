#pragma once
// The document-level objects of banmian's PDF writer: the outline (bookmarks panel) and the document
// information dictionary.
#include <vector>

#include "display/display_list.h"
#include "export/pdf_file.h"

namespace banmian::exporter::pdf {

// Writes Document::bookmarks as a nested, open outline pointing into `page_objects`; returns the
// outline dictionary's object number, or 0 when there are no bookmarks. Throws ExportError for a
// bookmark on a page the document does not have.
int writeOutline(PdfFile& file, const display::Document& doc, const std::vector<int>& page_objects);

// Title, author, subject, keywords, creator and, only when the metadata has a creation time, the dates.
int writeInfo(PdfFile& file, const display::Metadata& metadata);

}  // namespace banmian::exporter::pdf
