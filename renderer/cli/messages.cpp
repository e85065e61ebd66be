#include "messages.h"

#include "command.h"

namespace banmian::cli {

void addVerbosityFlags(CLI::App& command, Verbosity& verbosity) {
  CLI::Option* quiet = command.add_flag_callback(
      "-q,--quiet", [&verbosity] { verbosity = Verbosity::Quiet; }, "Print errors only: no warnings, no progress");
  CLI::Option* verbose = command.add_flag_callback(
      "-v,--verbose", [&verbosity] { verbosity = Verbosity::Verbose; },
      "Also print notes on typesetting choices (e.g. loose lines no break avoids)");
  quiet->excludes(verbose);
}

void printMessages(const std::vector<Message>& messages, Verbosity verbosity, std::ostream& out) {
  for (const Message& m : messages) {
    const bool shown = m.kind == Message::Kind::Error ||
                       (m.kind == Message::Kind::Warning && verbosity != Verbosity::Quiet) ||
                       (m.kind == Message::Kind::Note && verbosity == Verbosity::Verbose);
    if (shown) out << m.formatted << "\n";
  }
}

int reportError(const Error& error, Verbosity verbosity, std::ostream& out) {
  printMessages(error.earlier(), verbosity, out);
  // An output error names no place in the input: say which program could not write it.
  out << (error.kind() == Error::Kind::Output ? "banmian: " : "") << error.what() << "\n";
  return kBadInput;
}

}  // namespace banmian::cli
