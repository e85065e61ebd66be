#pragma once
// A subcommand of `banmian`: each lives in a file of its own (render_command.cpp, batch_command.cpp, ...)
// and main.cpp only wires them. Commands use only the public API, <banmian/banmian.h>.
#include <CLI/CLI.hpp>

#include <functional>

namespace banmian::cli {

// Exit status: 0 ok, 1 bad input (or an output that cannot be written), 2 usage, 3 internal error.
inline constexpr int kBadInput = 1;
inline constexpr int kUsage = 2;
inline constexpr int kInternal = 3;

struct Command {
  CLI::App* app = nullptr;  // the subcommand, for app->parsed()
  std::function<int()> run;  // after parsing: does the work and returns the exit status
};

Command addRenderCommand(CLI::App& app);
Command addBatchCommand(CLI::App& app);
Command addFontsCommand(CLI::App& app);
Command addCheckCommand(CLI::App& app);
Command addSchemaCommand(CLI::App& app);

}  // namespace banmian::cli
