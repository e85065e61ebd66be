#include "load/yaml_file.h"

#include "base/diagnostics.h"
#include "load/text_file.h"
#include "load/yaml_value.h"

namespace banmian::load {

YamlFile YamlFile::load(const std::string& path) {
  std::optional<std::string> text = readTextFile(path);
  if (!text) throw InputError(SourceLocation{path}, "cannot read the file (missing or not readable)");
  requireUtf8(*text, path);
  try {
    YAML::Node root = YAML::Load(*text);
    return YamlFile(path, std::move(*text), std::move(root));
  } catch (const YAML::ParserException& error) {
    throw InputError(SourceLocation{path, error.mark.line + 1, error.mark.column + 1},
                     "YAML syntax error: " + error.msg);
  } catch (const YAML::Exception& error) {
    throw InputError(SourceLocation{path}, "YAML error: " + error.msg);
  }
}

YamlValue YamlFile::root() const {
  SourceLocation where = at(root_.Mark());
  if (!where.known()) where = SourceLocation{path_, 1, 1};
  return YamlValue{this, root_, where, "the file"};
}

SourceLocation YamlFile::at(const YAML::Mark& mark) const {
  if (mark.is_null() || mark.line < 0) return SourceLocation{path_};
  return SourceLocation{path_, mark.line + 1, mark.column + 1};
}

}  // namespace banmian::load
