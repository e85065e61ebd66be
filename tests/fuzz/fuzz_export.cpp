// libFuzzer harness: the whole render, PDF included, with banmian's own PDF writer, Cairo or libharu (the
// input's length decides, so all three are reached from one corpus). Any outcome but a PDF, an InputError or an
// ExportError (a print font that is CFF, say) is a finding.
#include <unistd.h>

#include "base/diagnostics.h"
#include "pipeline/render_pipeline.h"
#include "export/export_error.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  const banmian::fuzz::FuzzFiles files = banmian::fuzz::writeFuzzFiles(bytes, size);
  banmian::pipeline::RenderOptions options;
  options.layout = files.layout;
  options.data = files.data;
  options.pdf = files.layout + ".pdf";
  using banmian::pipeline::Backend;
  constexpr Backend kBackends[] = {Backend::Native, Backend::Cairo, Backend::Haru};
  options.backend = kBackends[size % 3];
  banmian::DiagnosticSink diagnostics;
  try {
    banmian::pipeline::render(options, diagnostics);
  } catch (const banmian::InputError&) {
  } catch (const banmian::exporter::ExportError&) {
  }
  return 0;
}
