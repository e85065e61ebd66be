// libFuzzer harness: the loaders (YAML layout and data, the Markdown article). Any outcome but a model
// or an InputError (another exception, a sanitizer report, a hang) is a finding.
#include "base/diagnostics.h"
#include "fuzz_input.h"
#include "load/document_loader.h"
#include "load/layout_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  const banmian::fuzz::FuzzFiles files = banmian::fuzz::writeFuzzFiles(bytes, size);
  try {
    banmian::load::loadLayout(files.layout);
  } catch (const banmian::InputError&) {
  }
  try {
    banmian::load::loadDocument(files.data);
  } catch (const banmian::InputError&) {
  }
  return 0;
}
