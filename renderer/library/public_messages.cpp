#include "library/public_messages.h"

#include "export/export_error.h"

namespace banmian {

Error::Error(Kind kind, const Message& where, std::vector<Message> earlier, std::vector<Message> errors)
    : std::runtime_error(where.formatted),
      kind_(kind),
      where_(where),
      earlier_(std::move(earlier)),
      errors_(errors.empty() ? std::vector<Message>{where} : std::move(errors)) {}

Error::~Error() = default;

namespace library {
namespace {

Message::Kind publicKind(Severity severity) {
  switch (severity) {
    case Severity::Note: return Message::Kind::Note;
    case Severity::Warning: return Message::Kind::Warning;
    case Severity::Error: break;
  }
  return Message::Kind::Error;
}

}  // namespace

Message publicMessage(const Diagnostic& diagnostic) {
  return {publicKind(diagnostic.severity), diagnostic.where.file, diagnostic.where.line, diagnostic.where.column,
          diagnostic.message, diagnostic.hint, diagnostic.str()};
}

std::vector<Message> publicMessages(const DiagnosticSink& diagnostics) {
  std::vector<Message> messages;
  for (const Diagnostic& note : diagnostics.notes()) messages.push_back(publicMessage(note));
  for (const Diagnostic& warning : diagnostics.warnings()) messages.push_back(publicMessage(warning));
  return messages;
}

std::vector<Message> publicErrors(const DiagnosticSink& diagnostics, const InputError& stopped) {
  std::vector<Message> errors;
  for (const Diagnostic& error : diagnostics.errors()) errors.push_back(publicMessage(error));
  // ReportedErrors stands for the errors the sink holds; any other error comes after them.
  if (!dynamic_cast<const ReportedErrors*>(&stopped)) errors.push_back(publicMessage(stopped.diagnostic()));
  return errors;
}

void rethrowPublic(const std::exception_ptr& error, const DiagnosticSink& diagnostics) {
  try {
    std::rethrow_exception(error);
  } catch (const InputError& e) {
    std::vector<Message> errors = publicErrors(diagnostics, e);
    throw Error(Error::Kind::Input, errors.front(), publicMessages(diagnostics), errors);
  } catch (const exporter::ExportError& e) {
    const Message where{Message::Kind::Error, "", 0, 0, e.what(), "", std::string("error: ") + e.what()};
    throw Error(Error::Kind::Output, where, publicMessages(diagnostics));
  }
}

}  // namespace library
}  // namespace banmian
