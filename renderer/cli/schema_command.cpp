// `banmian schema layout|data|manifest`: the JSON Schema editors check and complete the YAML with.
#include <banmian/banmian.h>

#include <iostream>
#include <memory>

#include "command.h"

namespace banmian::cli {

Command addSchemaCommand(CLI::App& app) {
  auto kind = std::make_shared<std::string>();
  CLI::App* schema = app.add_subcommand("schema", "Print the JSON Schema of a layout, data file or manifest");
  schema->add_option("kind", *kind, "layout, data or manifest")
      ->required()
      ->check(CLI::IsMember({"layout", "data", "manifest"}));
  schema->footer("Editors with the YAML language server read it from a first line such as\n"
                 "# yaml-language-server: $schema=../schema/layout.schema.json");
  return {schema, [kind] {
            std::cout << jsonSchema(*kind);
            return 0;
          }};
}

}  // namespace banmian::cli
