// The public API's rendering: banmian::render, renderPdf, sourceDateEpoch and version.
#include <banmian/banmian.h>

#include "library/public_messages.h"
#include "pipeline/render_pipeline.h"

namespace banmian {

const char* version() { return BANMIAN_VERSION; }

Result render(const RenderOptions& options) {
  DiagnosticSink diagnostics(options.strict);
  pipeline::RenderRecord record;
  library::withPublicErrors(diagnostics, [&] { pipeline::render(options, diagnostics, &record); });
  return {record.pages, library::publicMessages(diagnostics), ""};
}

Result renderPdf(const RenderOptions& options) {
  DiagnosticSink diagnostics(options.strict);
  pipeline::RenderRecord record;
  std::string pdf =
      library::withPublicErrors(diagnostics, [&] { return pipeline::renderPdfBytes(options, diagnostics, &record); });
  return {record.pages, library::publicMessages(diagnostics), std::move(pdf)};
}

std::optional<int64_t> sourceDateEpoch() {
  DiagnosticSink none;
  return library::withPublicErrors(none, [] { return pipeline::sourceDateEpoch(); });
}

}  // namespace banmian
