#include "export/pdf_document.h"

#include <fmt/format.h>

#include <algorithm>
#include <memory>

#include "base/parallel_for.h"
#include "export/atomic_file.h"
#include "export/export_error.h"
#include "export/face_store.h"
#include "export/font_usage.h"
#include "export/pdf_canvas.h"
#include "export/pdf_file.h"
#include "export/pdf_font_objects.h"
#include "export/pdf_outline.h"
#include "export/pdf_syntax.h"

namespace banmian::exporter::pdf {
namespace {

using Embedded = std::vector<std::shared_ptr<const EmbeddedFont>>;

// Subsetting and compressing the fonts is most of an export's work, and each font is independent.
Embedded embedFonts(const display::Document& doc, FaceStore& store, unsigned threads) {
  const std::vector<FontUsage> usage = collectFontUsage(doc);
  std::vector<size_t> used;
  for (size_t i = 0; i < usage.size(); ++i)
    if (!usage[i].glyphs.empty()) used.push_back(i);
  // The largest first, so that one thread is not left with the body face while the other is idle.
  std::stable_sort(used.begin(), used.end(),
                   [&usage](size_t a, size_t b) { return usage[a].glyphs.size() > usage[b].glyphs.size(); });
  Embedded fonts(doc.fonts.size());
  parallelFor(used.size(), threads, [&](size_t k) { fonts[used[k]] = store.embedded(doc.fonts[used[k]], usage[used[k]]); });
  return fonts;
}

std::string resourceDictionary(const PageContent& content, const std::vector<int>& font_objects) {
  std::string fonts, images;
  for (int font : content.fonts) fonts += fmt::format(" /F{} {} 0 R", font, font_objects.at(font));
  for (int image : content.images) images += fmt::format(" /Im{0} {0} 0 R", image);
  std::string out = "<<";
  if (!fonts.empty()) out += " /Font <<" + fonts + " >>";
  if (!images.empty()) out += " /XObject <<" + images + " >>";
  return out + " >>";
}

void writePage(PdfFile& file, const display::Page& page, const PageContent& content, const std::string& stream,
               int page_object, int pages_object, const std::vector<int>& font_objects) {
  const int contents = file.reserve();
  file.stream(contents, "", stream, true);
  std::string annotations;
  for (const std::string& annotation : content.annotations) {
    const int id = file.reserve();
    file.object(id, annotation);
    annotations += fmt::format("{}{} 0 R", annotations.empty() ? "" : " ", id);
  }
  file.object(page_object,
              fmt::format("<< /Type /Page /Parent {} 0 R /MediaBox [0 0 {} {}] /Resources {} /Contents {} 0 R{} >>",
                          pages_object, number(page.width), number(page.height),
                          resourceDictionary(content, font_objects), contents,
                          annotations.empty() ? "" : " /Annots [" + annotations + "]"));
}

// Each page's operators, drawn in order (the ToUnicode maps fill as the pages go), then compressed on
// all threads.
std::vector<PageContent> drawPages(const display::Document& doc, DocumentFonts& fonts, PdfImages& images,
                                   std::vector<std::string>& streams, unsigned threads) {
  std::vector<PageContent> contents;
  for (const auto& page : doc.pages) {
    PdfCanvas canvas(fonts, images, page.height);
    canvas.drawPage(page);
    contents.push_back(std::move(canvas.content()));
  }
  streams.resize(contents.size());
  parallelFor(contents.size(), threads, [&](size_t i) { streams[i] = deflate(contents[i].operators); });
  return contents;
}

}  // namespace

std::string documentBytes(const display::Document& doc, const WriterOptions& options) {
  if (doc.pages.empty()) throw ExportError("document has no pages");
  FaceStore own;
  const Embedded embedded = embedFonts(doc, options.faces ? *options.faces : own, options.threads);
  DocumentFonts fonts{{}, std::vector<ToUnicodeMap>(doc.fonts.size())};
  for (const auto& font : embedded) fonts.embedded.push_back(font.get());

  PdfFile file;
  const int catalog = file.reserve(), pages = file.reserve();
  std::vector<int> page_objects;
  for (size_t i = 0; i < doc.pages.size(); ++i) page_objects.push_back(file.reserve());
  PdfImages images(file);
  std::vector<std::string> streams;
  const std::vector<PageContent> contents = drawPages(doc, fonts, images, streams, options.threads);

  std::vector<int> font_objects(doc.fonts.size(), 0);
  for (size_t i = 0; i < embedded.size(); ++i)
    if (embedded[i]) font_objects[i] = writeFontObjects(file, *embedded[i], fonts.to_unicode[i]);
  std::string kids;
  for (size_t i = 0; i < doc.pages.size(); ++i) {
    writePage(file, doc.pages[i], contents[i], streams[i], page_objects[i], pages, font_objects);
    kids += fmt::format("{}{} 0 R", i ? " " : "", page_objects[i]);
  }
  file.object(pages, fmt::format("<< /Type /Pages /Kids [{}] /Count {} >>", kids, doc.pages.size()));
  const int outline = writeOutline(file, doc, page_objects);
  const int info = writeInfo(file, doc.metadata);
  file.object(catalog, fmt::format("<< /Type /Catalog /Pages {} 0 R{} >>", pages,
                                   outline ? fmt::format(" /Outlines {} 0 R /PageMode /UseOutlines", outline) : ""));
  return file.finish(catalog, info);
}

void writeDocument(const display::Document& doc, const std::string& path, const WriterOptions& options) {
  try {
    writeFileAtomically(path, documentBytes(doc, options));
  } catch (const ExportError& e) {
    rethrowNamingFile(e, path);
  }
}

}  // namespace banmian::exporter::pdf
