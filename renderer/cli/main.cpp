// banmian: YAML in, print-ready Chinese pages out.
// Exit status: 0 ok, 1 bad input, 2 usage, 3 internal error.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <unistd.h>

#include <iostream>
#include <map>
#include <thread>

#include "batch/batch_runner.h"

#include "base/limits.h"
#include "cli/check_command.h"
#include "cli/render_pipeline.h"
#include "cli/schema_command.h"
#include "export/cairo_backend.h"

namespace {

constexpr int kBadInput = 1;
constexpr int kUsage = 2;
constexpr int kInternal = 3;

std::string limitsHelp() {
  std::string help = "Raise (or lower) a limit on what the input may ask for:";
  for (const banmian::Limit& l : banmian::limits()) help += fmt::format("\n  {}={:.15g} ({})", l.name, l.value, l.what);
  return help;
}

// "image-pixels=2e8" -> the limit set; a message otherwise (CLI11 reports it as a usage error).
std::string applyLimit(const std::string& setting) {
  size_t equals = setting.find('=');
  if (equals == std::string::npos) return "a limit is NAME=VALUE, such as image-pixels=200000000";
  try {
    size_t used = 0;
    std::string number = setting.substr(equals + 1);
    double value = std::stod(number, &used);
    if (used != number.size()) return "not a number: '" + number + "'";
    banmian::setLimit(setting.substr(0, equals), value);
  } catch (const std::invalid_argument& e) {
    return std::string(e.what()).rfind("stod", 0) == 0 ? "not a number in '" + setting + "'" : e.what();
  } catch (const std::out_of_range&) {
    return "number out of range in '" + setting + "'";
  }
  return "";
}

const CLI::Validator validLimit(applyLimit, "");

void addRenderCommand(CLI::App& app, banmian::cli::RenderOptions& o, banmian::cli::DiagnosticReport& report) {
  CLI::App* render = app.add_subcommand("render", "Render a page from a layout and its data");
  render->add_option("layout", o.layout, "Layout YAML (layouts/…)")->required()->check(CLI::ExistingFile);
  render->add_option("data", o.data, "Data YAML (data/…)")->required()->check(CLI::ExistingFile);
  render->add_option("-o,--output", o.pdf, "PDF to write ('-': standard output)")->required();
  render->add_option("--root", o.root,
                     "Folder the files named in the data (stories, photos, metrics) must lie under; default: the "
                     "data file's folder")
      ->check(CLI::ExistingDirectory);
  render->add_option("--png", o.png, "Also write each page as PNG: out/p{page}.png ({page} = 1, 2, ...)");
  render->add_option("--svg", o.svg, "Also write each page as SVG, named like --png");
  render->add_option("--dpi", o.dpi, "PNG resolution")->check(CLI::Range(10.0, 1200.0))->capture_default_str();
  render->add_flag("--strict", o.strict, "Treat warnings (such as a photo without a file) as errors");
  render->add_flag("-v,--verbose", o.verbose, "Also print notes on typesetting choices (e.g. loose lines no break avoids)");
  render->add_option("--limit", o.limits, limitsHelp())->type_name("NAME=VALUE")->check(validLimit);
  banmian::cli::addDiagnosticsOption(*render, report);
  using banmian::cli::Backend;
  using banmian::cli::FontSet;
  render
      ->add_option("--backend", o.backend,
                   "PDF backend: cairo (RGB, for screen) or haru (the print edition: CMYK, black text on K only, "
                   "TrueType fonts from the layout's print-fonts)")
      ->transform(CLI::CheckedTransformer(std::map<std::string, Backend>{{"cairo", Backend::Cairo},
                                                                         {"haru", Backend::Haru}}));
  render
      ->add_option("--fonts", o.fonts,
                   "Font set: screen (the layout's fonts) or print (its print-fonts); default: print with "
                   "--backend haru, else screen")
      ->transform(CLI::CheckedTransformer(std::map<std::string, FontSet>{{"screen", FontSet::Screen},
                                                                         {"print", FontSet::Print}}));
  render->footer(
      "The PDF's creation date is SOURCE_DATE_EPOCH when set, else absent: same input, same bytes.\n"
      "The print edition offers no document permissions: libharu can only encrypt with RC4, which is broken.");
}

void renderOutputs(const banmian::cli::RenderOptions& options, banmian::DiagnosticSink& diagnostics) {
  banmian::cli::render(options, diagnostics);
}

void checkInputs(const banmian::cli::RenderOptions& options, banmian::DiagnosticSink& diagnostics) {
  banmian::cli::buildDocument(options, diagnostics);
}

CLI::App* addBatchCommand(CLI::App& app, banmian::batch::BatchOptions& o) {
  CLI::App* batch = app.add_subcommand("batch", "Render every job of a manifest, skipping those up to date");
  batch->add_option("manifest", o.manifest, "Manifest YAML: jobs and matrices")->required()->check(CLI::ExistingFile);
  o.workers = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  batch->add_option("-j,--jobs", o.workers, "Worker processes (default: the number of cores)")
      ->check(CLI::Range(1, 256));
  batch->add_option("--job-timeout", o.job_timeout, "Seconds a job may take before its worker is killed (0: no limit)")
      ->check(CLI::Range(0.0, 1e6));
  batch->add_flag("--force", o.force, "Render every job, even those whose record says they are up to date");
  batch->add_option("--report", o.report, "Write a JSON report: per job status, error, pages, seconds, outputs");
  batch->add_option("--shard", o.shard, "Render only shard K of N (K counts from 0): --shard 0/3");
  batch->add_option("--shards", o.shards, "Shard count for JOB_COMPLETION_INDEX (Kubernetes Indexed Jobs)")
      ->check(CLI::Range(1, 1000000));
  batch->footer("Without --shard, JOB_COMPLETION_INDEX (with --shards N) or SLURM_ARRAY_TASK_ID and\n"
                "SLURM_ARRAY_TASK_COUNT choose the shard. Exit status 0 when every job succeeded, 1 otherwise.");
  return batch;
}

int runBatchCommand(banmian::batch::BatchOptions& options) {
  options.version = BANMIAN_VERSION;
  options.terminal = ::isatty(STDERR_FILENO) == 1;
  return banmian::batch::runBatch(options, std::cerr);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"banmian: renders Chinese newspaper pages and bulletins from YAML into PDF", "banmian"};
  app.set_version_flag("--version", std::string("banmian ") + BANMIAN_VERSION);
  app.require_subcommand(1);
  banmian::cli::RenderOptions options;
  banmian::cli::DiagnosticReport report;
  addRenderCommand(app, options, report);
  banmian::cli::RenderOptions check_options;
  CLI::App* check = banmian::cli::addCheckCommand(app, check_options, report);
  banmian::cli::SchemaOptions schema_options;
  CLI::App* schema = banmian::cli::addSchemaCommand(app, schema_options);
  banmian::batch::BatchOptions batch_options;
  CLI::App* batch = addBatchCommand(app, batch_options);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : kUsage;
  }
  try {
    if (batch->parsed()) return runBatchCommand(batch_options);
    if (schema->parsed()) {
      std::cout << banmian::cli::schemaOf(schema_options.kind);
      return 0;
    }
    if (check->parsed()) return banmian::cli::reportRun(check_options, report, checkInputs);
    return banmian::cli::reportRun(options, report, renderOutputs);
  } catch (const banmian::exporter::ExportError& e) {
    std::cerr << "banmian: error: " << e.what() << "\n";
    return kBadInput;
  } catch (const std::exception& e) {
    std::cerr << "banmian: internal error: " << e.what() << "\n";
    return kInternal;
  }
}
