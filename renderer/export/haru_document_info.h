#pragma once
// The document-level parts of the print PDF: information dictionary and outline.
#include <hpdf.h>

#include <vector>

#include "display/display_list.h"

namespace banmian::exporter {

// Title, author, subject, keywords, creator; the dates only when creation_time is set.
void setHaruMetadata(HPDF_Doc pdf, const display::Metadata& metadata);

// Document::bookmarks as a nested outline (parents by level); `pages` are the libharu pages in order.
void addHaruOutline(HPDF_Doc pdf, const display::Document& doc, const std::vector<HPDF_Page>& pages);

}  // namespace banmian::exporter
