// libFuzzer harness: the whole render, PDF included, with the Cairo or the libharu backend (the input's
// length decides, so both are reached from one corpus). Any outcome but a PDF, an InputError or an
// ExportError (a print font that is CFF, say) is a finding.
#include <unistd.h>

#include "base/diagnostics.h"
#include "cli/render_pipeline.h"
#include "export/export_error.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  const banmian::fuzz::FuzzFiles files = banmian::fuzz::writeFuzzFiles(bytes, size);
  banmian::cli::RenderOptions options;
  options.layout = files.layout;
  options.data = files.data;
  options.pdf = files.layout + ".pdf";
  options.backend = size % 2 ? banmian::cli::Backend::Haru : banmian::cli::Backend::Cairo;
  banmian::DiagnosticSink diagnostics;
  try {
    banmian::cli::render(options, diagnostics);
  } catch (const banmian::InputError&) {
  } catch (const banmian::exporter::ExportError&) {
  }
  return 0;
}
