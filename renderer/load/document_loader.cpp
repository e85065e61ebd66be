#include "load/document_loader.h"

#include <charconv>
#include <chrono>
#include <filesystem>

#include <fmt/format.h>

#include "load/document_sections.h"
#include "load/file_access.h"
#include "load/markdown_reader.h"
#include "load/text_file.h"
#include "load/yaml_file.h"
#include "load/yaml_map_reader.h"

namespace banmian::load {
namespace {

int digitsAt(std::string_view text, size_t pos, size_t count) {
  int number = -1;
  const char* first = text.data() + pos;
  const auto [end, error] = std::from_chars(first, first + count, number);
  return error == std::errc() && end == first + count && std::isdigit(static_cast<unsigned char>(*first)) ? number : -1;
}

std::string asIsoDate(const YamlValue& value) {
  const std::string text = asString(value);
  const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-';
  const int year = shaped ? digitsAt(text, 0, 4) : -1, month = shaped ? digitsAt(text, 5, 2) : -1,
            day = shaped ? digitsAt(text, 8, 2) : -1;
  const std::chrono::year_month_day date{std::chrono::year(year), std::chrono::month(static_cast<unsigned>(month)),
                                         std::chrono::day(static_cast<unsigned>(day))};
  if (year < 0 || month < 0 || day < 0 || !date.ok())
    value.fail(fmt::format("{} must be a date as yyyy-mm-dd, not '{}'", value.what, text));
  return text;
}

model::Publication readPublication(const YamlValue& value) {
  const MapReader r(value, "publication", {"paper", "date", "edition", "section"});
  model::Publication publication;
  publication.where = r.where();
  publication.paper = asString(r.required("paper"));
  publication.date = asIsoDate(r.required("date"));
  publication.edition = asIntInRange(r.required("edition"), 1, 999);
  publication.section = asString(r.required("section"));
  return publication;
}

void readText(const std::optional<YamlValue>& value, std::string& text, SourceLocation& where) {
  if (!value) return;
  text = asString(*value);
  where = value->where;
}

// Indentation of a block scalar's content: that of its first non-blank line after the indicator.
int blockScalarIndent(std::string_view text, size_t indicator) {
  size_t line = text.find('\n', indicator);
  while (line != std::string_view::npos) {
    const size_t start = line + 1;
    const size_t content = text.find_first_not_of(' ', start);
    if (content == std::string_view::npos) break;
    if (text[content] != '\n' && text[content] != '\r') return static_cast<int>(content - start);
    line = content;
  }
  return 0;
}

// Where the Markdown of `lead` sits in the YAML file, so its errors point at the right line. Exact for
// a literal block scalar (`|`, the documented form); folding (`>`, multi-line quoted text) merges
// lines, so there only the first line maps exactly.
MarkdownSource leadSource(const YamlFile& file, const YamlValue& value) {
  MarkdownSource source{file.path(), asString(value)};
  const YAML::Mark mark = value.node.Mark();
  const char indicator = mark.pos >= 0 && static_cast<size_t>(mark.pos) < file.text().size() ? file.text()[mark.pos] : 0;
  if (indicator == '|' || indicator == '>') {
    source.line_offset = mark.line + 1;  // content starts on the line after the indicator
    source.column_offset = blockScalarIndent(file.text(), static_cast<size_t>(mark.pos));
  } else {
    source.line_offset = mark.line;
    source.column_offset = mark.column + (indicator == '"' || indicator == '\'' ? 1 : 0);
  }
  return source;
}

MarkdownSource articleSource(const YamlValue& value, const std::string& root) {
  const std::string name = asString(value);
  const std::string file = accessNamedFile(root, name, value.where, "article file");
  std::optional<std::string> text = readTextFile(file);
  if (!text) value.fail(fmt::format("article file '{}' not readable ({})", name, file));
  // Messages name the article as the data names it, not by its canonical path.
  const std::string path =
      (std::filesystem::path(value.where.file).parent_path() / name).lexically_normal().string();
  requireUtf8(*text, path);
  return MarkdownSource{path, std::move(*text)};
}

}  // namespace

model::Document loadDocument(const std::string& path, const std::string& file_root) {
  const YamlFile file = YamlFile::load(path);
  const MapReader root(file.root(), "data file", {"publication", "title", "subtitle", "byline", "credit", "lead",
                                                  "article", "photos", "metrics"});
  model::Document document;
  document.file = path;
  document.publication = readPublication(root.required("publication"));
  readText(root.required("title"), document.title, document.title_where);
  readText(root.optional("subtitle"), document.subtitle, document.subtitle_where);
  readText(root.optional("byline"), document.byline, document.byline_where);
  readText(root.optional("credit"), document.credit, document.credit_where);
  // Photos first: figures in the Markdown must name one of them.
  if (auto photos = root.optional("photos")) document.photos = readPhotos(*photos, file_root);
  if (auto metrics = root.optional("metrics")) document.metrics = readMetrics(*metrics);
  if (auto lead = root.optional("lead")) document.lead = readMarkdown(leadSource(file, *lead), document.photos);
  MarkdownSource article = articleSource(root.required("article"), file_root);
  document.input_files.push_back(article.file);
  for (const model::Photo& photo : document.photos)
    if (!photo.file.empty()) document.input_files.push_back(photo.file);
  document.body = readMarkdown(article, document.photos);
  return document;
}

}  // namespace banmian::load
