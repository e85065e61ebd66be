#pragma once
// The PDF-only parts of the Cairo writer (--backend cairo): document information, dates, and the outline.
#include <cairo.h>

#include <string>

#include "display/display_list.h"

namespace banmian::exporter {

// Sets title, author, subject, keywords, creator and the dates. Call before drawing.
void setPdfMetadata(cairo_surface_t* surface, const display::Metadata& metadata);

// Adds Document::bookmarks as a nested outline (parents by level). Call after the pages are drawn.
void addPdfOutline(cairo_surface_t* surface, const display::Document& doc);

// Cairo 1.16 writes the dates it is given without the "D:" prefix. Rewrites them in place (same
// length, so the cross-reference offsets stay valid) to D:YYYYMMDDHHmmSSZ.
void fixPdfDates(std::string& pdf);

// creation_time as the ISO 8601 string Cairo accepts ("2024-01-02T03:04:05+00:00").
std::string isoDate(int64_t seconds_since_epoch);

}  // namespace banmian::exporter
