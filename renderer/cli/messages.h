#pragma once
// How the command line prints what the library reports: -q errors only, the default warnings too,
// -v notes as well; each with its source line and caret, or all as JSON (--diagnostics json).
#include <CLI/CLI.hpp>

#include <banmian/banmian.h>

#include <ostream>
#include <vector>

namespace banmian::cli {

struct MessageStyle {
  Verbosity verbosity = Verbosity::Normal;
  MessageFormat format = MessageFormat::Human;
};

// Adds -q/--quiet and -v/--verbose to `command`; `verbosity` holds the choice after parsing.
void addVerbosityFlags(CLI::App& command, Verbosity& verbosity);
// Adds --diagnostics human|json.
void addDiagnosticsOption(CLI::App& command, MessageFormat& format);

// The messages the verbosity shows, in the format chosen (an empty JSON array when none is shown).
void printMessages(const std::vector<Message>& messages, const MessageStyle& style, std::ostream& out);

// Prints the messages reported before the error, then every error. Returns the exit status (kBadInput).
int reportError(const Error& error, const MessageStyle& style, std::ostream& out);

}  // namespace banmian::cli
