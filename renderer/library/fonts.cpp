// The public API's font report (`banmian fonts`).
#include <banmian/banmian.h>

#include "library/public_messages.h"
#include "pipeline/font_report.h"

namespace banmian {

FontReport fontReport(const std::string& layout, const std::string& text, FontSet fonts) {
  DiagnosticSink diagnostics;
  FontReport report =
      library::withPublicErrors(diagnostics, [&] { return pipeline::fontReport(layout, text, fonts, diagnostics); });
  report.messages = library::publicMessages(diagnostics);
  return report;
}

}  // namespace banmian
