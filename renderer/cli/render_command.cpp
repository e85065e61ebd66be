// `banmian render LAYOUT DATA -o PDF`: one document.
#include <fmt/format.h>

#include <banmian/banmian.h>

#include <iostream>
#include <memory>

#include "choice_option.h"
#include "command.h"
#include "messages.h"

namespace banmian::cli {
namespace {

std::string limitsHelp() {
  std::string help = "Raise (or lower) a limit on what the input may ask for:";
  for (const LimitSetting& l : limitSettings()) help += fmt::format("\n  {}={:.15g} ({})", l.name, l.value, l.what);
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
    changeLimit(setting.substr(0, equals), value);
  } catch (const std::invalid_argument& e) {
    return std::string(e.what()).rfind("stod", 0) == 0 ? "not a number in '" + setting + "'" : e.what();
  } catch (const std::out_of_range&) {
    return "number out of range in '" + setting + "'";
  }
  return "";
}

struct RenderCommand {
  RenderOptions options;
  std::vector<std::string> limits;  // applied while parsing (applyLimit)
  MessageStyle style;
};

void addOutputOptions(CLI::App& render, RenderOptions& o) {
  render.add_option("-o,--output", o.pdf, "PDF to write ('-': standard output)")->required();
  render.add_option("--png", o.png, "Also write each page as PNG: out/p{page}.png ({page} = 1, 2, ...)");
  render.add_option("--svg", o.svg, "Also write each page as SVG, named like --png");
  render.add_option("--dpi", o.dpi, "PNG resolution")->check(CLI::Range(10.0, 1200.0))->capture_default_str();
  addChoiceOption(render, "--backend", o.backend, kBackendChoices,
                  "PDF backend: native (banmian's own PDF writer: RGB, for screen; the default), cairo (the "
                  "same pages through Cairo's PDF surface) or haru (the print edition: CMYK, black text on K "
                  "only, TrueType fonts from the layout's print-fonts)");
  addChoiceOption(render, "--fonts", o.fonts, kFontSetChoices,
                  "Font set: screen (the layout's fonts) or print (its print-fonts); default: print with "
                  "--backend haru, else screen");
}

int runRender(RenderCommand& command) {
  try {
    command.options.creation_time = sourceDateEpoch();
    printMessages(render(command.options).messages, command.style, std::cerr);
    return 0;
  } catch (const Error& e) {
    return reportError(e, command.style, std::cerr);
  }
}

}  // namespace

Command addRenderCommand(CLI::App& app) {
  auto command = std::make_shared<RenderCommand>();
  RenderOptions& o = command->options;
  CLI::App* render = app.add_subcommand("render", "Render a page from a layout and its data");
  render->add_option("layout", o.layout, "Layout YAML (layouts/…)")->required()->check(CLI::ExistingFile);
  render->add_option("data", o.data, "Data YAML (data/…)")->required()->check(CLI::ExistingFile);
  addOutputOptions(*render, o);
  render->add_option("--root", o.root,
                     "Folder the files named in the data (stories, photos, metrics) must lie under; default: the "
                     "data file's folder")
      ->check(CLI::ExistingDirectory);
  render->add_flag("--strict", o.strict, "Treat warnings (such as a photo without a file) as errors");
  addVerbosityFlags(*render, command->style.verbosity);
  addDiagnosticsOption(*render, command->style.format);
  static const CLI::Validator valid_limit(applyLimit, "");
  render->add_option("--limit", command->limits, limitsHelp())->type_name("NAME=VALUE")->check(valid_limit);
  render->footer(
      "The PDF's creation date is SOURCE_DATE_EPOCH when set, else absent: same input, same bytes.\n"
      "The print edition offers no document permissions: libharu can only encrypt with RC4, which is broken.");
  return {render, [command] { return runRender(*command); }};
}

}  // namespace banmian::cli
