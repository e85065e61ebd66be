// The public API's banmian::formatMessages: the stages' one diagnostic printer (base/diagnostic_printer.h)
// over public messages.
#include <banmian/banmian.h>

#include "base/diagnostic_printer.h"

namespace banmian {
namespace {

Severity severityOf(Message::Kind kind) {
  switch (kind) {
    case Message::Kind::Note: return Severity::Note;
    case Message::Kind::Warning: return Severity::Warning;
    case Message::Kind::Error: break;
  }
  return Severity::Error;
}

Diagnostic diagnosticOf(const Message& m) { return {severityOf(m.kind), {m.file, m.line, m.column}, m.text, m.hint}; }

}  // namespace

std::string formatMessages(const std::vector<Message>& messages, MessageFormat format) {
  std::vector<Diagnostic> diagnostics;
  for (const Message& m : messages) diagnostics.push_back(diagnosticOf(m));
  if (format == MessageFormat::Json) return DiagnosticPrinter::json(diagnostics);
  DiagnosticPrinter printer;
  std::string out;
  for (const Diagnostic& d : diagnostics) out += printer.human(d);
  return out;
}

}  // namespace banmian
