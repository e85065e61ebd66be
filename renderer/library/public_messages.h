#pragma once
// The one place where the stages' diagnostics and errors become the public API's Message and Error.
#include <exception>
#include <vector>

#include <banmian/banmian.h>

#include "base/diagnostics.h"

namespace banmian::library {

Message publicMessage(const Diagnostic& diagnostic);
// Notes, then warnings, as the command line prints them.
std::vector<Message> publicMessages(const DiagnosticSink& diagnostics);

// Every error of a run that `stopped` ended: those the sink recorded, then `stopped` unless it stands
// for them (ReportedErrors).
std::vector<Message> publicErrors(const DiagnosticSink& diagnostics, const InputError& stopped);

// Rethrows `error`: an InputError or an ExportError as Error (with what `diagnostics` holds so far),
// anything else as it is (a bug in banmian, which the caller reports as such).
[[noreturn]] void rethrowPublic(const std::exception_ptr& error, const DiagnosticSink& diagnostics);

template <class Work>
auto withPublicErrors(const DiagnosticSink& diagnostics, Work&& work) -> decltype(work()) {
  try {
    return work();
  } catch (...) {
    rethrowPublic(std::current_exception(), diagnostics);
  }
}

}  // namespace banmian::library
