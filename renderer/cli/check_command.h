#pragma once
// `banmian check LAYOUT DATA`: loads, resolves, typesets and composes, writes nothing, and reports every
// independent mistake it finds in one run. Exit status 1 when there is an error, else 0.
#include "cli/diagnostic_report.h"
#include "cli/render_pipeline.h"

namespace CLI {
class App;
}

namespace banmian::cli {

CLI::App* addCheckCommand(CLI::App& app, RenderOptions& options, DiagnosticReport& report);
// `--diagnostics human|json`, for check and render alike.
void addDiagnosticsOption(CLI::App& command, DiagnosticReport& report);
// Runs `run` (a render or a check) and reports what it found; the exit status for bad input is 1.
int reportRun(RenderOptions& options, const DiagnosticReport& report, void (*run)(const RenderOptions&, DiagnosticSink&));

}  // namespace banmian::cli
