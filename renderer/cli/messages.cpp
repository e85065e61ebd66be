#include "messages.h"

#include "choice_option.h"
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

void addDiagnosticsOption(CLI::App& command, MessageFormat& format) {
  addChoiceOption(command, "--diagnostics", format, kMessageFormatChoices,
                  "How errors and warnings are written: human (each with its source line and a caret, the "
                  "default) or json (an array of {file, line, column, severity, message, hint}; columns count "
                  "characters)");
}

void printMessages(const std::vector<Message>& messages, const MessageStyle& style, std::ostream& out) {
  std::vector<Message> shown;
  for (const Message& m : messages)
    if (m.kind == Message::Kind::Error || (m.kind == Message::Kind::Warning && style.verbosity != Verbosity::Quiet) ||
        (m.kind == Message::Kind::Note && style.verbosity == Verbosity::Verbose))
      shown.push_back(m);
  if (!shown.empty() || style.format == MessageFormat::Json) out << formatMessages(shown, style.format);
}

int reportError(const Error& error, const MessageStyle& style, std::ostream& out) {
  if (error.kind() == Error::Kind::Output) {
    printMessages(error.earlier(), style, out);
    out << "banmian: " << error.what() << "\n";  // an output names no place in the input: say who speaks
    return kBadInput;
  }
  std::vector<Message> all = error.earlier();
  all.insert(all.end(), error.errors().begin(), error.errors().end());
  printMessages(all, style, out);
  return kBadInput;
}

}  // namespace banmian::cli
