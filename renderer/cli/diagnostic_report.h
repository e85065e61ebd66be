#pragma once
// What a command prints on standard error about the input: notes (with --verbose), warnings and errors,
// each with its source line and caret, or all of them as one JSON array (--diagnostics json).
#include <iosfwd>

#include "base/diagnostics.h"

namespace banmian::cli {

enum class DiagnosticsFormat { Human, Json };

struct DiagnosticReport {
  DiagnosticsFormat format = DiagnosticsFormat::Human;
  bool notes = false;  // --verbose
};

// `stopped` is the error that ended the run, when one did; the errors the sink recorded come first, and
// `stopped` is not repeated when it is the first of them (ReportedErrors).
void reportDiagnostics(const DiagnosticSink& sink, const InputError* stopped, const DiagnosticReport& report,
                       std::ostream& out);

}  // namespace banmian::cli
