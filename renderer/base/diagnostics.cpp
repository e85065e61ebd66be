#include "base/diagnostics.h"

#include <fmt/format.h>

namespace banmian {

std::string SourceLocation::str() const {
  if (!known()) return file;
  if (column > 0) return fmt::format("{}:{}:{}", file, line, column);
  return fmt::format("{}:{}", file, line);
}

const char* severityName(Severity severity) {
  return severity == Severity::Error ? "error" : severity == Severity::Warning ? "warning" : "note";
}

std::string Diagnostic::text() const { return hint.empty() ? message : message + "; " + hint; }

std::string Diagnostic::str() const {
  if (where.file.empty()) return fmt::format("{}: {}", severityName(severity), text());
  return fmt::format("{}: {}: {}", where.str(), severityName(severity), text());
}

InputError::InputError(SourceLocation where, const std::string& message, const std::string& hint)
    : std::runtime_error(Diagnostic{Severity::Error, where, message, hint}.str()),
      where_(std::move(where)),
      message_(message),
      hint_(hint) {}

void DiagnosticSink::warn(const SourceLocation& where, const std::string& message) {
  if (strict_) throw InputError(where, message + " (a warning, made an error by --strict)");
  // The composer may set a page more than once (balancing columns): say each thing once.
  for (const auto& w : warnings_)
    if (w.message == message && w.where.str() == where.str()) return;
  warnings_.push_back({Severity::Warning, where, message, {}});
}

void DiagnosticSink::note(const SourceLocation& where, const std::string& message) {
  notes_.push_back({Severity::Note, where, message, {}});
}

InputErrors::InputErrors(std::vector<Diagnostic> all)
    : InputError(all.front().where, all.front().message, all.front().hint), all_(std::move(all)) {}

void DiagnosticSink::error(const InputError& error) {
  if (const auto* several = dynamic_cast<const InputErrors*>(&error))
    errors_.insert(errors_.end(), several->all().begin(), several->all().end());
  else
    errors_.push_back(error.diagnostic());
}

void DiagnosticSink::stopOnErrors() const {
  if (!errors_.empty()) throw ReportedErrors(errors_.front());
}

}  // namespace banmian
