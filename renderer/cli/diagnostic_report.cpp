#include "cli/diagnostic_report.h"

#include <ostream>
#include <vector>

#include "base/diagnostic_printer.h"

namespace banmian::cli {

void reportDiagnostics(const DiagnosticSink& sink, const InputError* stopped, const DiagnosticReport& report,
                       std::ostream& out) {
  std::vector<Diagnostic> all;
  if (report.notes) all.insert(all.end(), sink.notes().begin(), sink.notes().end());
  all.insert(all.end(), sink.warnings().begin(), sink.warnings().end());
  all.insert(all.end(), sink.errors().begin(), sink.errors().end());
  if (stopped && !dynamic_cast<const ReportedErrors*>(stopped)) all.push_back(stopped->diagnostic());
  if (report.format == DiagnosticsFormat::Json) {
    out << DiagnosticPrinter::json(all);
    return;
  }
  DiagnosticPrinter printer;
  for (const Diagnostic& diagnostic : all) out << printer.human(diagnostic);
}

}  // namespace banmian::cli
