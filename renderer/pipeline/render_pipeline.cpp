#include "pipeline/render_pipeline.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <utility>

#include <fmt/format.h>

#include "compose/page_composer.h"
#include "export/atomic_file.h"
#include "export/cairo_backend.h"
#include "export/haru_backend.h"
#include "export/pdf_document.h"
#include "load/document_loader.h"
#include "load/layout_loader.h"
#include "pipeline/render_caches.h"
#include "resolve/print_check.h"
#include "resolve/prose_binder.h"
#include "resolve/resolver.h"
#include "typeset/typesetter.h"

namespace banmian::pipeline {

std::optional<int64_t> sourceDateEpoch() {
  const char* value = std::getenv("SOURCE_DATE_EPOCH");
  if (!value || !*value) return std::nullopt;
  char* end = nullptr;
  errno = 0;
  long long seconds = std::strtoll(value, &end, 10);
  if (*end != '\0' || end == value || seconds < 0)
    throw InputError({"SOURCE_DATE_EPOCH"}, std::string("not a number of seconds: '") + value + "'");
  // A PDF date has four digits of year: 9999-12-31T23:59:59Z is the last one it can hold.
  constexpr long long kLastPdfSecond = 253402300799;
  if (errno == ERANGE || seconds > kLastPdfSecond)
    throw InputError({"SOURCE_DATE_EPOCH"}, std::string("'") + value +
                                                "' is after 9999-12-31T23:59:59Z, the last date a PDF can hold "
                                                "(at most 253402300799 seconds)");
  return seconds;
}

namespace {

bool usesPrintFonts(const RenderOptions& options) {
  if (options.fonts == FontSet::Auto) return options.backend == Backend::Haru;
  return options.fonts == FontSet::Print;
}

struct Inputs {
  model::Layout layout;
  model::Document document;
};

// Both files are read whatever the other's mistakes, so that one run reports those of both.
Inputs loadInputs(const RenderOptions& options, DiagnosticSink& diagnostics, RenderCaches* caches) {
  Inputs in{caches ? caches->layouts.layout(options.layout, diagnostics) : load::loadLayout(options.layout, diagnostics),
            load::loadDocument(options.data, options.root, diagnostics)};
  diagnostics.stopOnErrors();
  if (usesPrintFonts(options)) selectPrintFonts(in.layout);
  return in;
}

// "out/p{page}.png" for page `page` (from 0) of `pages`; a name without {page} serves a one-page document.
std::string pageFileName(const std::string& pattern, size_t page, size_t pages) {
  const size_t at = pattern.find("{page}");
  if (at == std::string::npos) {
    if (pages > 1)
      throw InputError({pattern}, fmt::format("the document has {} pages: put {{page}} in the file name for one file "
                                              "per page (out/p{{page}}.png)", pages));
    return pattern;
  }
  return std::string(pattern).replace(at, 6, std::to_string(page + 1));
}

// The files a run writes; before the pages are known (`pages` 0), the page patterns as written.
std::vector<std::string> outputsOf(const RenderOptions& options, size_t pages) {
  std::vector<std::string> outputs{options.pdf};
  for (const std::string* extra : {&options.png, &options.svg}) {
    if (extra->empty()) continue;
    if (pages == 0) outputs.push_back(*extra);
    for (size_t page = 0; page < pages; ++page) outputs.push_back(pageFileName(*extra, page, pages));
  }
  return outputs;
}

// Every output must be writable and none may be an input or another output (compared as files, so
// through links too). Called with the inputs known so far: before loading and again before the export.
void checkOutputs(const RenderOptions& options, std::vector<std::string> inputs, size_t pages = 0) {
  bool standard_output_taken = false;
  for (const std::string& output : outputsOf(options, pages)) {
    if (output == exporter::kStandardOutput) {
      if (std::exchange(standard_output_taken, true))
        throw exporter::ExportError("cannot write two outputs to standard output");
      continue;
    }
    exporter::checkOutputPath(output, inputs);
    inputs.push_back(output);  // the next output may not be this one
  }
}

// What a batch run needs to know to render again only when something changed.
void noteInputs(const model::Layout& layout, const model::Document& document,
                const resolve::ResolvedAssets& assets, RenderRecord& record) {
  std::vector<std::string>& files = record.input_files;
  files = {layout.file, document.file};
  files.insert(files.end(), document.input_files.begin(), document.input_files.end());
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  std::erase_if(files, [](const std::string& f) { return f.empty(); });
  for (const auto& [role, families] : assets.font_families) record.font_families.push_back(role + "=" + families);
}

void noteOutputs(const RenderOptions& options, size_t pages, RenderRecord& record) {
  record.pages = pages;
  record.output_files = {options.pdf};
  for (const std::string* pattern : {&options.png, &options.svg})
    if (!pattern->empty())
      for (size_t page = 0; page < pages; ++page) record.output_files.push_back(pageFileName(*pattern, page, pages));
}

display::Document composeInputs(const RenderOptions& options, Inputs& in, DiagnosticSink& diagnostics,
                                RenderRecord* record, RenderCaches* caches) {
  model::Layout& layout = in.layout;
  model::Document& document = in.document;
  resolve::bindProse(document, layout.wording);  // {{metric.id}} in stories, fields and captions -> its value
  resolve::ResolvedAssets assets = resolve::resolveAssets(layout, document, diagnostics);
  if (options.backend == Backend::Haru) {
    resolve::checkPrintFonts(layout.fonts);
    resolve::checkPrintableText(document);
  }
  if (record) noteInputs(layout, document, assets, *record);
  typeset::Typesetter typesetter(nullptr, caches ? &caches->fonts : nullptr);
  typesetter.reportTo(&diagnostics);
  display::Document doc = compose::composeDocument(layout, document, assets, typesetter, diagnostics);
  doc.metadata.creation_time = options.creation_time;
  return doc;
}

}  // namespace

// The print font set replaces the screen set role for role (the loader has checked the roles agree).
void selectPrintFonts(model::Layout& layout) {
  if (layout.print_fonts.empty())
    throw InputError({layout.file}, "the layout has no 'print-fonts' section, which the print backend and "
                                    "'--fonts print' need (TrueType families for each font role)");
  layout.fonts = layout.print_fonts;
}

display::Document buildDocument(const RenderOptions& options, DiagnosticSink& diagnostics, RenderRecord* record,
                                RenderCaches* caches) {
  Inputs in = loadInputs(options, diagnostics, caches);
  return composeInputs(options, in, diagnostics, record, caches);
}

std::string renderPdfBytes(const RenderOptions& options, DiagnosticSink& diagnostics, RenderRecord* record) {
  display::Document doc = buildDocument(options, diagnostics, record);
  if (record) record->pages = doc.pages.size();
  if (options.backend == Backend::Haru) return exporter::haruPdfBytes(doc);
  if (options.backend == Backend::Cairo) return exporter::pdfBytes(doc);
  return exporter::pdf::documentBytes(doc, {.threads = options.threads});
}

void render(const RenderOptions& options, DiagnosticSink& diagnostics, RenderRecord* record, RenderCaches* caches) {
  checkOutputs(options, {options.layout, options.data});
  Inputs in = loadInputs(options, diagnostics, caches);
  std::vector<std::string> inputs = in.document.input_files;
  inputs.insert(inputs.end(), {options.layout, options.data});
  checkOutputs(options, inputs);
  display::Document doc = composeInputs(options, in, diagnostics, record, caches);
  for (const display::FontFace& face : doc.fonts) inputs.push_back(face.file);
  const size_t pages = doc.pages.size();
  checkOutputs(options, inputs, pages);  // also refuses a page pattern without {page} before anything is written
  if (options.backend == Backend::Haru)
    exporter::writeHaruPdf(doc, options.pdf);
  else if (options.backend == Backend::Cairo)
    exporter::writePdf(doc, options.pdf, {.faces = caches ? &caches->faces : nullptr});
  else
    exporter::pdf::writeDocument(doc, options.pdf, {.faces = caches ? &caches->faces : nullptr, .threads = options.threads});
  // Pages of one document share their faces, so PNG and SVG pages keep them even without caches.
  exporter::FaceStore own;
  exporter::FaceStore* faces = caches ? &caches->faces : &own;
  for (size_t page = 0; page < pages; ++page) {
    const int index = static_cast<int>(page);
    if (!options.png.empty())
      exporter::writePng(doc, index, options.dpi, pageFileName(options.png, page, pages), faces);
    if (!options.svg.empty()) exporter::writeSvg(doc, index, pageFileName(options.svg, page, pages), faces);
  }
  if (record) noteOutputs(options, pages, *record);
}

}  // namespace banmian::pipeline
