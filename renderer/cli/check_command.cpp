// `banmian check LAYOUT DATA`: every mistake of a layout and its data, as a render would find them,
// without writing anything.
#include <banmian/banmian.h>

#include <iostream>
#include <memory>

#include "command.h"
#include "messages.h"

namespace banmian::cli {
namespace {

struct CheckCommand {
  RenderOptions options;
  MessageStyle style;
};

int runCheck(CheckCommand& command) {
  try {
    command.options.creation_time = sourceDateEpoch();
  } catch (const Error& e) {
    return reportError(e, command.style, std::cerr);
  }
  const CheckResult result = check(command.options);
  printMessages(result.messages, command.style, std::cerr);
  return result.errors > 0 ? kBadInput : 0;
}

}  // namespace

Command addCheckCommand(CLI::App& app) {
  auto command = std::make_shared<CheckCommand>();
  RenderOptions& o = command->options;
  CLI::App* check = app.add_subcommand("check", "Check a layout and its data as a render would, writing nothing");
  check->add_option("layout", o.layout, "Layout YAML (layouts/…)")->required()->check(CLI::ExistingFile);
  check->add_option("data", o.data, "Data YAML (data/…)")->required()->check(CLI::ExistingFile);
  check->add_option("--root", o.root, "Folder the files named in the data must lie under (as for render)")
      ->check(CLI::ExistingDirectory);
  check->add_flag("--strict", o.strict, "Treat warnings as errors");
  addVerbosityFlags(*check, command->style.verbosity);
  addDiagnosticsOption(*check, command->style.format);
  check->footer("Reports every independent mistake of both files (each style, frame, photo, metric, story ...);\n"
                "exit status 1 when there is an error, 0 otherwise.");
  return {check, [command] { return runCheck(*command); }};
}

}  // namespace banmian::cli
