// libFuzzer harness: load, resolve, typeset and compose down to the display list. Any outcome but a
// display list or an InputError is a finding.
#include "base/diagnostics.h"
#include "pipeline/render_pipeline.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  const banmian::fuzz::FuzzFiles files = banmian::fuzz::writeFuzzFiles(bytes, size);
  banmian::pipeline::RenderOptions options;
  options.layout = files.layout;
  options.data = files.data;
  banmian::DiagnosticSink diagnostics;
  try {
    banmian::pipeline::buildDocument(options, diagnostics);
  } catch (const banmian::InputError&) {
  }
  return 0;
}
