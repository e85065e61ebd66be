// `banmian fonts LAYOUT [--text TEXT]`: which font file serves each role, and each character of a text.
#include <fmt/format.h>

#include <banmian/banmian.h>

#include <iostream>
#include <memory>

#include "choice_option.h"
#include "command.h"
#include "messages.h"

namespace banmian::cli {
namespace {

struct FontsCommand {
  std::string layout;
  std::string text;
  FontSet fonts = FontSet::Screen;
  MessageStyle style;
};

void printRole(const FontRoleReport& role, std::ostream& out) {
  out << role.role << ":\n";
  for (const FontFamilyFile& f : role.families)
    out << fmt::format("  {}{}: {}\n", f.family, f.latin ? " (Latin)" : "", f.file.empty() ? "not installed" : f.file);
  if (role.spans.empty()) return;
  out << "  the text falls to:\n";
  for (const FontSpan& span : role.spans)
    out << fmt::format("    {}: {}\n", span.family.empty() ? "no installed font" : span.family + " (" + span.file + ")",
                       span.text);
}

int runFonts(const FontsCommand& command) {
  try {
    const FontReport report = fontReport(command.layout, command.text, command.fonts);
    printMessages(report.messages, command.style, std::cerr);
    for (const FontRoleReport& role : report.roles) printRole(role, std::cout);
    return 0;
  } catch (const Error& e) {
    return reportError(e, command.style, std::cerr);
  }
}

}  // namespace

Command addFontsCommand(CLI::App& app) {
  auto command = std::make_shared<FontsCommand>();
  CLI::App* fonts = app.add_subcommand("fonts", "List each font role of a layout, the file fontconfig resolves "
                                                "for each family, and which font sets each character of a text");
  fonts->add_option("layout", command->layout, "Layout YAML (layouts/…)")->required()->check(CLI::ExistingFile);
  fonts->add_option("--text", command->text, "Text to set in each role: shows which font each character falls to");
  addChoiceOption(*fonts, "--fonts", command->fonts, kFontSetChoices,
                  "Font set: screen (the layout's fonts, the default) or print (its print-fonts)");
  addVerbosityFlags(*fonts, command->style.verbosity);
  return {fonts, [command] { return runFonts(*command); }};
}

}  // namespace banmian::cli
