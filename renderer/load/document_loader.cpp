#include "load/document_loader.h"

#include <filesystem>

#include <fmt/format.h>

#include "base/iso_date.h"
#include "load/document_keys.h"
#include "load/document_sections.h"
#include "load/independent_parts.h"
#include "load/file_access.h"
#include "load/markdown_reader.h"
#include "load/text_file.h"
#include "load/yaml_file.h"
#include "load/yaml_map_reader.h"

namespace banmian::load {
namespace {

std::string asIsoDate(const YamlValue& value) {
  const std::string text = asString(value);
  if (!parseIsoDate(text)) value.fail(fmt::format("{} must be a date as yyyy-mm-dd, not '{}'", value.what, text));
  return text;
}

model::Publication readPublication(const YamlValue& value) {
  const MapReader r(value, "publication", keys::publication());
  model::Publication publication;
  publication.where = r.where();
  r.read("paper", publication.paper, asString);
  r.read("date", publication.date, asIsoDate);
  r.readInteger("edition", publication.edition);
  r.read("section", publication.section, asString);
  return publication;
}

std::map<std::string, model::Field> readFields(const YamlValue& value) {
  std::map<std::string, model::Field> fields;
  for (const auto& item : MapReader::withAnyKeys(value, "fields").entries()) {
    const YamlValue &key = item.first, &text = item.second;  // not bindings: clang 14 cannot capture those
    const std::string name = asString(key);
    fields[name] = model::Field{name, asString(text), text.where};
  }
  return fields;
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

// Where an inline story's Markdown sits in the YAML file, so its errors point at the right line. Exact
// for a literal block scalar (`|`, the documented form); folding (`>`, multi-line quoted text) merges
// lines, so there only the first line maps exactly.
MarkdownSource inlineSource(const YamlFile& file, const YamlValue& value) {
  MarkdownSource source{file.path(), asString(value)};
  const YAML::Mark mark = value.node.Mark();
  const char indicator = mark.pos >= 0 && static_cast<size_t>(mark.pos) < file.text().size() ? file.text()[mark.pos] : 0;
  if (indicator == '|' || indicator == '>') {
    source.line_offset = mark.line + 1;  // content starts on the line after the indicator
    source.column_offset = blockScalarIndent(file.text(), static_cast<size_t>(mark.pos));
  } else {
    source.line_offset = mark.line;
    source.column_offset = file.at(mark).column - 1 + (indicator == '"' || indicator == '\'' ? 1 : 0);
  }
  return source;
}

MarkdownSource fileSource(const YamlValue& value, const std::string& root, std::vector<std::string>& inputs) {
  const std::string name = asString(value);
  const std::string file = accessNamedFile(root, name, value.where, "story file");
  std::optional<std::string> text = readTextFile(file);
  if (!text) value.fail(fmt::format("story file '{}' not readable ({})", name, file));
  inputs.push_back(file);
  // Messages name the story file as the data names it, not by its canonical path.
  const std::string path =
      (std::filesystem::path(value.where.file).parent_path() / name).lexically_normal().string();
  requireUtf8(*text, path);
  return MarkdownSource{path, std::move(*text)};
}

// A story is Markdown written inline (a block scalar) or {file: NAME.md} beside the data file.
MarkdownSource storySource(const YamlFile& file, const YamlValue& value, const std::string& root,
                           std::vector<std::string>& inputs) {
  if (!value.node.IsMap()) return inlineSource(file, value);
  const MapReader r(value, "story", keys::storyFile());
  return fileSource(r.required("file"), root, inputs);
}

// A bad story still claims its name, so the frames that show it are not blamed too.
std::map<std::string, model::Story> readStories(const YamlFile& file, const YamlValue& value, const std::string& root,
                                                const FigureIds& figures, std::vector<std::string>& inputs,
                                                DiagnosticSink& sink) {
  std::map<std::string, model::Story> stories;
  for (const auto& entry : MapReader::withAnyKeys(value, "stories").entries()) {
    const YamlValue &key = entry.first, &story = entry.second;  // clang 14 captures no structured binding
    const std::string name = asString(key);
    stories[name] = model::Story{name, {}, key.where};
    readPart(sink, [&] { stories[name].blocks = readMarkdown(storySource(file, story, root, inputs), figures); });
  }
  return stories;
}

// `metrics:` is the list, or the name of a YAML file beside the data file that holds it, so that one story
// template serves many regions' figures.
std::vector<model::Metric> readMetricsOrFile(const YamlValue& value, const std::string& root,
                                             std::vector<std::string>& inputs, DiagnosticSink& sink) {
  if (!value.node.IsScalar()) return readMetrics(value, sink);
  const std::string path = accessNamedFile(root, asString(value), value.where, "metrics file");
  inputs.push_back(path);
  const YamlFile file = YamlFile::load(path);
  return readMetrics(file.root(), sink);
}

FigureIds figureIds(const model::Document& document) {
  FigureIds ids;
  for (const auto& photo : document.photos) ids.photos.push_back(photo.id);
  for (const auto& [id, chart] : document.charts) ids.charts.push_back(id);
  for (const auto& [id, table] : document.tables) ids.tables.push_back(id);
  return ids;
}

void readDocument(const YamlFile& file, const std::string& file_root, model::Document& document,
                  DiagnosticSink& sink) {
  const MapReader root(file.root(), "data file", keys::document());
  if (auto publication = root.optional("publication"))
    readPart(sink, [&] { document.publication = readPublication(*publication); });
  if (auto fields = root.optional("fields")) readPart(sink, [&] { document.fields = readFields(*fields); });
  // Photos, tables and charts first: figures in the Markdown must name one of them.
  if (auto photos = root.optional("photos"))
    readPart(sink, [&] { document.photos = readPhotos(*photos, file_root, sink); });
  if (auto tables = root.optional("tables")) readPart(sink, [&] { document.tables = readTables(*tables, sink); });
  if (auto charts = root.optional("charts"))
    readPart(sink, [&] { document.charts = readFigureCharts(*charts, sink); });
  for (auto& entry : document.charts) {
    model::FigureChart& chart = entry.second;  // clang 14 captures no structured binding
    readPart(sink, [&] { fillChartFromTable(chart.spec, document.tables); });
  }
  if (auto metrics = root.optional("metrics"))
    readPart(sink, [&] { document.metrics = readMetricsOrFile(*metrics, file_root, document.input_files, sink); });
  if (auto stories = root.optional("stories"))
    readPart(sink, [&] {
      document.stories = readStories(file, *stories, file_root, figureIds(document), document.input_files, sink);
    });
  for (const model::Photo& photo : document.photos)
    if (!photo.file.empty()) document.input_files.push_back(photo.file);
}

}  // namespace

model::Document loadDocument(const std::string& path, const std::string& file_root, DiagnosticSink& sink) {
  model::Document document;
  document.file = path;
  readPart(sink, [&] { readDocument(YamlFile::load(path), file_root, document, sink); });
  return document;
}

model::Document loadDocument(const std::string& path, const std::string& file_root) {
  DiagnosticSink sink;
  model::Document document = loadDocument(path, file_root, sink);
  sink.stopOnErrors();
  return document;
}

}  // namespace banmian::load
