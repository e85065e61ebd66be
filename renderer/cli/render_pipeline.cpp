#include "cli/render_pipeline.h"

#include <algorithm>
#include <cstdlib>

#include <fmt/format.h>

#include "compose/page_composer.h"
#include "export/cairo_backend.h"
#include "export/haru_backend.h"
#include "load/document_loader.h"
#include "load/layout_loader.h"
#include "resolve/print_check.h"
#include "resolve/prose_binder.h"
#include "resolve/resolver.h"
#include "typeset/typesetter.h"

namespace banmian::cli {

std::optional<int64_t> sourceDateEpoch() {
  const char* value = std::getenv("SOURCE_DATE_EPOCH");
  if (!value || !*value) return std::nullopt;
  char* end = nullptr;
  long long seconds = std::strtoll(value, &end, 10);
  if (*end != '\0' || seconds < 0)
    throw InputError({"SOURCE_DATE_EPOCH"}, std::string("not a number of seconds: '") + value + "'");
  return seconds;
}

namespace {

bool usesPrintFonts(const RenderOptions& options) {
  if (options.fonts == FontSet::Auto) return options.backend == Backend::Haru;
  return options.fonts == FontSet::Print;
}

// The print font set replaces the screen set role for role (the loader has checked the roles agree).
void selectPrintFonts(model::Layout& layout) {
  if (layout.print_fonts.empty())
    throw InputError({layout.file}, "the layout has no 'print-fonts' section, which the print backend and "
                                    "'--fonts print' need (TrueType families for each font role)");
  layout.fonts = layout.print_fonts;
}

void noteInputs(const model::Layout& layout, const model::Document& document,
                const resolve::ResolvedAssets& assets, RenderRecord& record) {
  std::vector<std::string>& files = record.input_files;
  files = {layout.file, document.file};  // and every file a story came from
  for (const auto& [name, story] : document.stories)
    for (const auto& block : story.blocks) files.push_back(block.where.file);
  for (const auto& photo : document.photos)
    if (!photo.file.empty()) files.push_back(photo.file);
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  std::erase_if(files, [](const std::string& f) { return f.empty(); });
  for (const auto& [role, families] : assets.font_families) record.font_families.push_back(role + "=" + families);
}

}  // namespace

display::Document buildDocument(const RenderOptions& options, DiagnosticSink& diagnostics,
                                RenderRecord* record) {
  model::Layout layout = load::loadLayout(options.layout);
  if (usesPrintFonts(options)) selectPrintFonts(layout);
  model::Document document = load::loadDocument(options.data);
  resolve::bindProse(document);  // {{metric.id}} in stories, fields and captions -> the metric's value
  resolve::ResolvedAssets assets = resolve::resolveAssets(layout, document, diagnostics);
  if (options.backend == Backend::Haru) {
    resolve::checkPrintFonts(layout.fonts);
    resolve::checkPrintableText(document);
  }
  if (record) noteInputs(layout, document, assets, *record);
  typeset::Typesetter typesetter;
  display::Document doc = compose::composeDocument(layout, document, assets, typesetter, diagnostics);
  doc.metadata.creation_time = options.creation_time;
  return doc;
}

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

void noteOutputs(const RenderOptions& options, size_t pages, RenderRecord& record) {
  record.pages = pages;
  record.output_files = {options.pdf};
  for (const std::string* pattern : {&options.png, &options.svg})
    if (!pattern->empty())
      for (size_t page = 0; page < pages; ++page) record.output_files.push_back(pageFileName(*pattern, page, pages));
}

void render(const RenderOptions& options, DiagnosticSink& diagnostics, RenderRecord* record) {
  display::Document doc = buildDocument(options, diagnostics, record);
  const size_t pages = doc.pages.size();
  // Names first, so that a bad pattern stops the run before anything is written.
  if (!options.png.empty()) pageFileName(options.png, 0, pages);
  if (!options.svg.empty()) pageFileName(options.svg, 0, pages);
  if (options.backend == Backend::Haru)
    exporter::writeHaruPdf(doc, options.pdf);
  else
    exporter::writePdf(doc, options.pdf);
  for (size_t page = 0; page < pages; ++page) {
    if (!options.png.empty()) exporter::writePng(doc, static_cast<int>(page), options.dpi, pageFileName(options.png, page, pages));
    if (!options.svg.empty()) exporter::writeSvg(doc, static_cast<int>(page), pageFileName(options.svg, page, pages));
  }
  if (record) noteOutputs(options, pages, *record);
}

}  // namespace banmian::cli
