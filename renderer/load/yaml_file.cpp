#include "load/yaml_file.h"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>

#include "base/diagnostics.h"
#include "base/source_text.h"
#include "load/text_file.h"
#include "load/yaml_value.h"

namespace banmian::load {
namespace {

// yaml-cpp names a tab only when it meets one where it looks for indentation; elsewhere it reports
// what the tab broke ("illegal map value", "end of map not found").
std::string tabHint(const std::string& text, const YAML::Mark& mark) {
  if (mark.pos < 0) return "";
  size_t end = text.find('\n', static_cast<size_t>(mark.pos));
  size_t start = text.rfind('\n', mark.pos > 0 ? static_cast<size_t>(mark.pos) - 1 : 0);
  start = start == std::string::npos ? 0 : start + 1;
  // The line of the error or the one before it (errors are often found on the next line).
  size_t previous = start >= 2 ? text.rfind('\n', start - 2) : std::string::npos;
  previous = previous == std::string::npos ? 0 : previous + 1;
  if (text.substr(previous, end == std::string::npos ? std::string::npos : end - previous).find('\t') ==
      std::string::npos)
    return "";
  return " (a tab is near: YAML indents with spaces only, and banmian reads no tabs in indentation)";
}

// A mark's line and its column in characters (marks count bytes).
SourceLocation locate(const std::string& path, const std::string& text, const LineStarts& lines,
                      const YAML::Mark& mark) {
  if (mark.is_null() || mark.line < 0) return SourceLocation{path};
  const std::string_view line = lines.line(text, mark.line + 1);
  return SourceLocation{path, mark.line + 1, characterColumn(line, static_cast<size_t>(std::max(mark.column, 0)))};
}

}  // namespace

YamlFile YamlFile::load(const std::string& path) {
  std::optional<std::string> text = readTextFile(path);
  if (!text) throw InputError(SourceLocation{path}, "cannot read the file (missing or not readable)");
  requireUtf8(*text, path);
  LineStarts lines(*text);
  try {
    YAML::Node root = YAML::Load(*text);
    return YamlFile(path, std::move(*text), std::move(lines), std::move(root));
  } catch (const YAML::DeepRecursion& error) {
    // yaml-cpp stops at a fixed depth and calls it "bad file".
    throw InputError(locate(path, *text, lines, error.mark),
                     fmt::format("YAML nested more than {} levels deep (lists and maps inside each other); no "
                                 "layout or data file needs that many: is a bracket or an indent wrong?",
                                 error.depth() - 1));
  } catch (const YAML::ParserException& error) {
    throw InputError(locate(path, *text, lines, error.mark),
                     "YAML syntax error: " + error.msg + tabHint(*text, error.mark));
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
  return locate(path_, text_, lines_, mark);
}

}  // namespace banmian::load
