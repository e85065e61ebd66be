#pragma once
// How the command line prints what the library reports: -q errors only, the default warnings too,
// -v notes as well.
#include <CLI/CLI.hpp>

#include <banmian/banmian.h>

#include <ostream>
#include <vector>

namespace banmian::cli {

// Adds -q/--quiet and -v/--verbose to `command`; `verbosity` holds the choice after parsing.
void addVerbosityFlags(CLI::App& command, Verbosity& verbosity);

void printMessages(const std::vector<Message>& messages, Verbosity verbosity, std::ostream& out);

// Prints the messages reported before the error, then the error. Returns the exit status (kBadInput).
int reportError(const Error& error, Verbosity verbosity, std::ostream& out);

}  // namespace banmian::cli
