// banmian: YAML in, print-ready Chinese pages out. Each subcommand is a file of its own (cli/command.h);
// this file only wires them. Exit status: 0 ok, 1 bad input, 2 usage, 3 internal error.
#include <CLI/CLI.hpp>

#include <banmian/banmian.h>

#include <iostream>
#include <vector>

#include "command.h"

int main(int argc, char** argv) {
  using namespace banmian::cli;
  CLI::App app{"banmian: renders Chinese newspaper pages and bulletins from YAML into PDF", "banmian"};
  app.set_version_flag("--version", std::string("banmian ") + banmian::version());
  app.require_subcommand(1);
  const std::vector<Command> commands{addRenderCommand(app), addCheckCommand(app), addBatchCommand(app),
                                      addFontsCommand(app), addSchemaCommand(app)};
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : kUsage;
  }
  try {
    for (const Command& command : commands)
      if (command.app->parsed()) return command.run();
    return kUsage;
  } catch (const banmian::Error& e) {
    std::cerr << e.what() << "\n";
    return kBadInput;
  } catch (const std::exception& e) {
    std::cerr << "banmian: internal error: " << e.what() << "\n";
    return kInternal;
  }
}
