#include "cli/check_command.h"

#include <iostream>
#include <map>

#include <CLI/CLI.hpp>

namespace banmian::cli {

void addDiagnosticsOption(CLI::App& command, DiagnosticReport& report) {
  command
      .add_option("--diagnostics", report.format,
                  "How errors and warnings are written: human (each with its source line and a caret) or json "
                  "(an array of {file, line, column, severity, message, hint}; columns count characters)")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, DiagnosticsFormat>{{"human", DiagnosticsFormat::Human}, {"json", DiagnosticsFormat::Json}}));
}

CLI::App* addCheckCommand(CLI::App& app, RenderOptions& options, DiagnosticReport& report) {
  CLI::App* check = app.add_subcommand("check", "Check a layout and its data as a render would, writing nothing");
  check->add_option("layout", options.layout, "Layout YAML (layouts/…)")->required()->check(CLI::ExistingFile);
  check->add_option("data", options.data, "Data YAML (data/…)")->required()->check(CLI::ExistingFile);
  check->add_option("--root", options.root, "Folder the files named in the data must lie under (as for render)")
      ->check(CLI::ExistingDirectory);
  check->add_flag("--strict", options.strict, "Treat warnings as errors");
  addDiagnosticsOption(*check, report);
  check->footer("Reports every independent mistake of both files (each style, frame, photo, metric, story ...);\n"
                "exit status 1 when there is an error, 0 otherwise.");
  return check;
}

int reportRun(RenderOptions& options, const DiagnosticReport& report,
              void (*run)(const RenderOptions&, DiagnosticSink&)) {
  DiagnosticSink diagnostics(options.strict);
  DiagnosticReport shown = report;
  shown.notes = options.verbose;
  try {
    options.creation_time = sourceDateEpoch();
    run(options, diagnostics);
  } catch (const InputError& e) {
    reportDiagnostics(diagnostics, &e, shown, std::cerr);
    return 1;
  }
  reportDiagnostics(diagnostics, nullptr, shown, std::cerr);
  return 0;
}

}  // namespace banmian::cli
