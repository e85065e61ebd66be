#pragma once
// `banmian schema layout|data|manifest`: the JSON Schema of each kind of file, written from the loaders'
// key tables (schema/*.schema.json are its output, checked current by a test).
#include <string>

namespace CLI {
class App;
}

namespace banmian::cli {

struct SchemaOptions {
  std::string kind;  // layout, data or manifest
};

CLI::App* addSchemaCommand(CLI::App& app, SchemaOptions& options);
// The schema of `kind`, as printed.
std::string schemaOf(const std::string& kind);

}  // namespace banmian::cli
