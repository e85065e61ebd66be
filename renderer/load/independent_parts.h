#pragma once
// Reading the parts of a file that do not depend on one another (each style, frame, photo, metric,
// story) one by one, so that one run reports every mistake rather than the first.
#include "base/diagnostics.h"

namespace banmian::load {

// Runs `read`; when it throws InputError, records the error in `sink` and returns false so the caller
// goes on with the next part (putting a stand-in where later parts would otherwise miss a name, so that
// one mistake is reported once). The model is whole only when the sink holds no errors.
template <class Read>
bool readPart(DiagnosticSink& sink, Read&& read) {
  try {
    read();
    return true;
  } catch (const ReportedErrors&) {
    throw;
  } catch (const InputError& error) {
    sink.error(error);
    return false;
  }
}

}  // namespace banmian::load
