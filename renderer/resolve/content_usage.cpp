#include "resolve/content_usage.h"

#include <set>

#include <fmt/format.h>

#include "load/name_reference.h"

namespace banmian::resolve {
namespace {

template <class Map>
std::vector<std::string> keysOf(const Map& map) {
  std::vector<std::string> out;
  for (const auto& [key, _] : map) out.push_back(key);
  return out;
}

void checkName(const model::Frame& frame, bool known, std::string_view kind, const std::vector<std::string>& names) {
  if (!known)
    throw load::unknownNameError(frame.where, frame.content, kind, names, fmt::format("frame '{}': ", frame.name));
}

std::string_view figurePrefix(model::FigureKind kind) {
  switch (kind) {
    case model::FigureKind::Photo: return "photo:";
    case model::FigureKind::Chart: return "chart:";
    case model::FigureKind::Table: return "table:";
  }
  return "";
}

// Names the layout's frames show, the photos, charts and tables the stories anchor, the tables charts draw.
std::set<std::string> shownNames(const model::Layout& layout, const model::Document& document) {
  std::set<std::string> shown;
  for (const auto& master : layout.masters) {
    for (const auto& frame : master.frames) {
      shown.insert(frame.content);
      for (const auto& part : frame.text_template)  // {{fields.NAME}} or {{fields.NAME|…}}
        for (size_t at = part.find("{{fields."); at != std::string::npos; at = part.find("{{fields.", at + 1))
          shown.insert(part.substr(at + 9, part.find_first_of("|}", at + 9) - at - 9));
    }
  }
  for (const auto& [name, story] : document.stories)
    for (const auto& block : story.blocks)
      if (block.kind == model::Block::Kind::Figure && !block.figure_id.empty())
        shown.insert(std::string(figurePrefix(block.figure)) + block.figure_id);
  for (const auto& [id, chart] : document.charts)
    if (!chart.spec.table.empty()) shown.insert("table:" + chart.spec.table);
  return shown;
}

}  // namespace

void checkContentNames(const model::Layout& layout, const model::Document& document) {
  std::vector<std::string> texts = keysOf(document.fields), stories = keysOf(document.stories), photos;
  texts.insert(texts.end(), stories.begin(), stories.end());
  for (const auto& photo : document.photos) photos.push_back(photo.id);
  for (const auto& master : layout.masters) {
    for (const auto& frame : master.frames) {
      if (frame.kind == model::FrameKind::Text && frame.text_template.empty())
        checkName(frame, document.findField(frame.content) || document.findStory(frame.content), "field or story", texts);
      if (frame.kind == model::FrameKind::Flow) checkName(frame, document.findStory(frame.content), "story", stories);
      if (frame.kind == model::FrameKind::Photo) checkName(frame, document.findPhoto(frame.content), "photo", photos);
    }
  }
}

void warnUnusedContent(const model::Layout& layout, const model::Document& document, DiagnosticSink& diagnostics) {
  const std::set<std::string> shown = shownNames(layout, document);
  for (const auto& [name, field] : document.fields)
    if (!shown.contains(name)) diagnostics.warn(field.where, fmt::format("field '{}' is shown by no frame of the layout", name));
  for (const auto& [name, story] : document.stories)
    if (!shown.contains(name)) diagnostics.warn(story.where, fmt::format("story '{}' is shown by no frame of the layout", name));
  for (const auto& photo : document.photos)
    if (!shown.contains(photo.id) && !shown.contains("photo:" + photo.id))
      diagnostics.warn(photo.where, fmt::format("photo '{}' is shown by no frame and anchored in no story", photo.id));
  for (const auto& [id, chart] : document.charts)
    if (!shown.contains("chart:" + id))
      diagnostics.warn(chart.where, fmt::format("chart '{}' is anchored in no story", id));
  for (const auto& [id, table] : document.tables)
    if (!shown.contains("table:" + id))
      diagnostics.warn(table.where, fmt::format("table '{}' is anchored in no story and drawn by no chart", id));
}

}  // namespace banmian::resolve
