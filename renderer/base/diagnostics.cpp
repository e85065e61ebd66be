#include "base/diagnostics.h"

#include <fmt/format.h>

namespace banmian {

std::string SourceLocation::str() const {
  if (!known()) return file;
  if (column > 0) return fmt::format("{}:{}:{}", file, line, column);
  return fmt::format("{}:{}", file, line);
}

std::string Diagnostic::str() const {
  const char* kind = severity == Severity::Error ? "error" : severity == Severity::Warning ? "warning" : "note";
  if (where.file.empty()) return fmt::format("{}: {}", kind, message);
  return fmt::format("{}: {}: {}", where.str(), kind, message);
}

InputError::InputError(SourceLocation where, const std::string& message)
    : std::runtime_error(Diagnostic{Severity::Error, where, message}.str()),
      where_(std::move(where)),
      message_(message) {}

void DiagnosticSink::warn(const SourceLocation& where, const std::string& message) {
  if (strict_) throw InputError(where, message + " (a warning, made an error by --strict)");
  // The composer may set a page more than once (balancing columns): say each thing once.
  for (const auto& w : warnings_)
    if (w.message == message && w.where.str() == where.str()) return;
  warnings_.push_back({Severity::Warning, where, message});
}

void DiagnosticSink::note(const SourceLocation& where, const std::string& message) {
  notes_.push_back({Severity::Note, where, message});
}

}  // namespace banmian
