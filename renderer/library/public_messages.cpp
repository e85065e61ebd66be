#include "library/public_messages.h"

#include "export/export_error.h"

namespace banmian {

Error::Error(Kind kind, const Message& where, std::vector<Message> earlier)
    : std::runtime_error(where.formatted), kind_(kind), where_(where), earlier_(std::move(earlier)) {}

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
          diagnostic.message, diagnostic.str()};
}

std::vector<Message> publicMessages(const DiagnosticSink& diagnostics) {
  std::vector<Message> messages;
  for (const Diagnostic& note : diagnostics.notes()) messages.push_back(publicMessage(note));
  for (const Diagnostic& warning : diagnostics.warnings()) messages.push_back(publicMessage(warning));
  return messages;
}

void rethrowPublic(const std::exception_ptr& error, const DiagnosticSink& diagnostics) {
  try {
    std::rethrow_exception(error);
  } catch (const InputError& e) {
    Message where = publicMessage(e.diagnostic());
    where.formatted = e.what();
    throw Error(Error::Kind::Input, where, publicMessages(diagnostics));
  } catch (const exporter::ExportError& e) {
    const Message where{Message::Kind::Error, "", 0, 0, e.what(), std::string("error: ") + e.what()};
    throw Error(Error::Kind::Output, where, publicMessages(diagnostics));
  }
}

}  // namespace library
}  // namespace banmian
