#include "export/haru_backend.h"

#include <vector>

#include "export/atomic_file.h"
#include "export/haru_canvas.h"
#include "export/haru_document_info.h"
#include "export/haru_font_files.h"
#include "export/haru_handles.h"

namespace banmian::exporter {
namespace {

HaruDocPtr newHaruDocument() {
  HaruDocPtr pdf(HPDF_New(nullptr, nullptr));  // no handler: every return value is checked instead
  if (!pdf) throw ExportError("cannot create a libharu document");
  checkHaru(pdf.get(), HPDF_UseUTFEncodings(pdf.get()), "cannot enable UTF-8 in libharu");
  // Information strings (title, bookmarks) are UTF-8 too; libharu writes them as UTF-16.
  checkHaru(pdf.get(), HPDF_SetCurrentEncoder(pdf.get(), "UTF-8"), "cannot select the UTF-8 encoder");
  checkHaru(pdf.get(), HPDF_SetCompressionMode(pdf.get(), HPDF_COMP_ALL), "cannot enable compression");
  return pdf;
}

std::vector<HPDF_Page> drawPages(HPDF_Doc pdf, const display::Document& doc, HaruFontFiles& font_files) {
  HaruFonts fonts(pdf, doc.fonts, font_files);
  HaruImages images(pdf);
  std::vector<HPDF_Page> pages;
  for (const auto& page : doc.pages) {
    HPDF_Page p = HPDF_AddPage(pdf);
    checkHaru(pdf, p, "cannot add a page");
    checkHaru(pdf, HPDF_Page_SetWidth(p, page.width), "cannot set the page width");
    checkHaru(pdf, HPDF_Page_SetHeight(p, page.height), "cannot set the page height");
    HaruCanvas(pdf, p, page.height, fonts, images).drawPage(page);
    pages.push_back(p);
  }
  return pages;
}

std::string saveToMemory(HPDF_Doc pdf) {
  checkHaru(pdf, HPDF_SaveToStream(pdf), "cannot write the PDF");
  std::string bytes(HPDF_GetStreamSize(pdf), '\0');
  HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
  checkHaru(pdf, HPDF_GetContents(pdf, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size), "cannot write the PDF");
  bytes.resize(size);
  return bytes;
}

}  // namespace

std::string haruPdfBytes(const display::Document& doc) {
  if (doc.pages.empty()) throw ExportError("document has no pages");
  // Declared before the libharu document, so destroyed after it: libharu reads the subset font
  // files until the PDF is saved.
  HaruFontFiles font_files(doc);
  HaruDocPtr pdf = newHaruDocument();
  setHaruMetadata(pdf.get(), doc.metadata);
  std::vector<HPDF_Page> pages = drawPages(pdf.get(), doc, font_files);
  addHaruOutline(pdf.get(), doc, pages);
  return saveToMemory(pdf.get());
}

void writeHaruPdf(const display::Document& doc, const std::string& path) {
  try {
    writeFileAtomically(path, haruPdfBytes(doc));
  } catch (const ExportError& e) {
    rethrowNamingFile(e, path);
  }
}

}  // namespace banmian::exporter
