#include "export/cairo_pdf.h"

#include <cairo-pdf.h>
#include <fmt/format.h>

#include <string.h>

#include <algorithm>
#include <ctime>
#include <string_view>
#include <vector>

#include "export/atomic_file.h"
#include "export/bookmark_tree.h"
#include "export/cairo_backend.h"
#include "export/cairo_canvas.h"
#include "export/cairo_handles.h"
#include "export/face_store.h"

namespace banmian::exporter {

std::string isoDate(int64_t seconds) {
  auto t = static_cast<time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  // "+00:00" rather than "Z": Cairo turns it into "+00'00", which leaves room for fixPdfDates to add
  // the missing "D:" without changing the length of the file.
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}+00:00", tm.tm_year + 1900, tm.tm_mon + 1,
                     tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

void setPdfMetadata(cairo_surface_t* surface, const display::Metadata& m) {
  const std::pair<cairo_pdf_metadata_t, const std::string*> texts[] = {
      {CAIRO_PDF_METADATA_TITLE, &m.title},
      {CAIRO_PDF_METADATA_AUTHOR, &m.author},
      {CAIRO_PDF_METADATA_SUBJECT, &m.subject},
      {CAIRO_PDF_METADATA_KEYWORDS, &m.keywords},
      {CAIRO_PDF_METADATA_CREATOR, &m.creator}};
  for (const auto& [key, value] : texts)
    if (!value->empty()) cairo_pdf_surface_set_metadata(surface, key, value->c_str());
  // Cairo stamps /CreationDate from the wall clock unless told otherwise. An empty string is not a
  // valid date to Cairo, which then writes no date at all: without creation_time the PDF has no
  // /CreationDate and no /ModDate, so the output depends only on the display list.
  std::string date = m.creation_time ? isoDate(*m.creation_time) : "";
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date.c_str());
}

void addPdfOutline(cairo_surface_t* surface, const display::Document& doc) {
  const std::vector<int> parents = bookmarkParents(doc);
  std::vector<int> ids;  // Cairo's id of each bookmark's entry
  for (size_t i = 0; i < doc.bookmarks.size(); ++i) {
    const display::Bookmark& b = doc.bookmarks[i];
    const int parent = parents[i] < 0 ? CAIRO_PDF_OUTLINE_ROOT : ids[static_cast<size_t>(parents[i])];
    std::string dest = fmt::format("page={} pos=[0 {}]", b.page + 1, b.y);  // Cairo counts pages from 1
    ids.push_back(cairo_pdf_surface_add_outline(surface, parent, b.title.c_str(), dest.c_str(),
                                                CAIRO_PDF_OUTLINE_FLAG_OPEN));
  }
}

namespace {

// string::rfind tries every position from the end; glibc's memmem skips ahead (two-way search), and a
// page's PDF is a few hundred KB.
size_t lastOccurrence(const std::string& text, std::string_view key) {
  size_t last = std::string::npos;
  for (const char* from = text.data(), *end = text.data() + text.size();;) {
    const void* at = ::memmem(from, static_cast<size_t>(end - from), key.data(), key.size());
    if (!at) return last;
    last = static_cast<size_t>(static_cast<const char*>(at) - text.data());
    from = static_cast<const char*>(at) + 1;
  }
}

}  // namespace

void fixPdfDates(std::string& pdf) {
  // Cairo writes e.g. "/CreationDate (20240102030405+00'00)": 22 bytes after the key. The same
  // bytes become "(D:20240102030405Z)   ", trailing blanks being ordinary PDF white space.
  for (const char* key : {"/CreationDate (", "/ModDate ("}) {
    size_t at = lastOccurrence(pdf, key);  // the Info dictionary comes last
    if (at == std::string::npos) continue;
    size_t open = at + std::char_traits<char>::length(key) - 1;
    const size_t kLength = 22;  // "(YYYYMMDDHHmmSS+00'00)"
    if (pdf.size() < open + kLength || pdf.compare(open + 15, 7, "+00'00)") != 0) continue;
    std::string digits = pdf.substr(open + 1, 14);
    pdf.replace(open, kLength, "(D:" + digits + "Z)   ");
  }
}

namespace {

void drawPages(cairo_surface_t* surface, const display::Document& doc, const FontCache& fonts) {
  ImageCache images;
  CairoPtr cr(cairo_create(surface));
  for (const auto& page : doc.pages) {
    cairo_pdf_surface_set_size(surface, page.width, page.height);
    // Links outside any structure element make Cairo 1.16 reference an object it never writes
    // (qpdf: damaged file), so every page's content sits in a Document element.
    cairo_tag_begin(cr.get(), "Document", "");
    CairoCanvas(cr.get(), fonts, images).drawPage(page);
    cairo_tag_end(cr.get(), "Document");
    cairo_show_page(cr.get());
    check(cairo_status(cr.get()), "cannot draw page");
  }
}

}  // namespace

std::string pdfBytes(const display::Document& doc, const PdfOptions& options) {
  if (doc.pages.empty()) throw ExportError("document has no pages");
  FaceStore own;
  FontCache fonts(doc, options.presubset_fonts, options.faces ? *options.faces : own);
  std::string bytes;
  SurfacePtr surface(
      cairo_pdf_surface_create_for_stream(appendToString, &bytes, doc.pages[0].width, doc.pages[0].height));
  check(cairo_surface_status(surface.get()), "cannot create PDF surface");
  setPdfMetadata(surface.get(), doc.metadata);
  drawPages(surface.get(), doc, fonts);
  addPdfOutline(surface.get(), doc);
  cairo_surface_finish(surface.get());
  check(cairo_surface_status(surface.get()), "cannot finish PDF");
  fixPdfDates(bytes);
  return bytes;
}

void writePdf(const display::Document& doc, const std::string& path, const PdfOptions& options) {
  try {
    writeFileAtomically(path, pdfBytes(doc, options));
  } catch (const ExportError& e) {
    rethrowNamingFile(e, path);
  }
}

}  // namespace banmian::exporter
