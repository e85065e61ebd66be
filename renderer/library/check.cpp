// The public API's checking: banmian::check and banmian::jsonSchema.
#include <banmian/banmian.h>

#include <stdexcept>

#include "batch/manifest_keys.h"
#include "library/public_messages.h"
#include "load/document_keys.h"
#include "load/layout_keys.h"
#include "load/schema_writer.h"
#include "pipeline/render_pipeline.h"

namespace banmian {

CheckResult check(const RenderOptions& options) {
  DiagnosticSink diagnostics(options.strict);
  CheckResult result;
  try {
    result.pages = pipeline::buildDocument(options, diagnostics).pages.size();
    result.messages = library::publicMessages(diagnostics);
  } catch (const InputError& e) {
    result.messages = library::publicMessages(diagnostics);
    std::vector<Message> errors = library::publicErrors(diagnostics, e);
    result.errors = errors.size();
    result.messages.insert(result.messages.end(), errors.begin(), errors.end());
  }
  return result;
}

std::string jsonSchema(const std::string& kind) {
  if (kind == "layout") return load::writeJsonSchema(load::keys::layout(), "banmian layout");
  if (kind == "data") return load::writeJsonSchema(load::keys::document(), "banmian data file");
  if (kind == "manifest") return load::writeJsonSchema(batch::keys::manifest(), "banmian batch manifest");
  throw std::invalid_argument("no schema for '" + kind + "': the kinds are layout, data and manifest");
}

}  // namespace banmian
