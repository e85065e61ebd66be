#include "cli/schema_command.h"

#include <CLI/CLI.hpp>

#include "batch/manifest_keys.h"
#include "load/document_keys.h"
#include "load/layout_keys.h"
#include "load/schema_writer.h"

namespace banmian::cli {

CLI::App* addSchemaCommand(CLI::App& app, SchemaOptions& options) {
  CLI::App* schema = app.add_subcommand("schema", "Print the JSON Schema of a layout, data file or manifest");
  schema->add_option("kind", options.kind, "layout, data or manifest")
      ->required()
      ->check(CLI::IsMember({"layout", "data", "manifest"}));
  schema->footer("Editors with the YAML language server read it from a first line such as\n"
                 "# yaml-language-server: $schema=../schema/layout.schema.json");
  return schema;
}

std::string schemaOf(const std::string& kind) {
  if (kind == "layout") return load::writeJsonSchema(load::keys::layout(), "banmian layout");
  if (kind == "data") return load::writeJsonSchema(load::keys::document(), "banmian data file");
  return load::writeJsonSchema(batch::keys::manifest(), "banmian batch manifest");
}

}  // namespace banmian::cli
