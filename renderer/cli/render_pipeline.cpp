#include "cli/render_pipeline.h"

#include <cstdlib>

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

}  // namespace

display::Document buildDocument(const RenderOptions& options, DiagnosticSink& diagnostics) {
  model::Layout layout = load::loadLayout(options.layout);
  if (usesPrintFonts(options)) selectPrintFonts(layout);
  model::Document document = load::loadDocument(options.data);
  resolve::bindProse(document);  // {{metric.id}} in the lead and the article -> the metric's value
  resolve::ResolvedAssets assets = resolve::resolveAssets(layout, document, diagnostics);
  if (options.backend == Backend::Haru) {
    resolve::checkPrintFonts(layout.fonts);
    resolve::checkPrintableText(document);
  }
  typeset::Typesetter typesetter;
  typesetter.reportTo(&diagnostics);
  display::Document doc = compose::composeDocument(layout, document, assets, typesetter, diagnostics);
  doc.metadata.creation_time = options.creation_time;
  return doc;
}

void render(const RenderOptions& options, DiagnosticSink& diagnostics) {
  display::Document doc = buildDocument(options, diagnostics);
  if (options.backend == Backend::Haru)
    exporter::writeHaruPdf(doc, options.pdf);
  else
    exporter::writePdf(doc, options.pdf);
  if (!options.png.empty()) exporter::writePng(doc, 0, options.dpi, options.png);
  if (!options.svg.empty()) exporter::writeSvg(doc, 0, options.svg);
}

}  // namespace banmian::cli
