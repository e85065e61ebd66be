// Master pages, the page sequence drawn from them, how figures float in a story, how changes are worded.
#include <algorithm>

#include <fmt/format.h>

#include "base/diagnostics.h"
#include "load/layout_keys.h"
#include "load/layout_sections.h"
#include "load/name_reference.h"
#include "load/yaml_map_reader.h"

namespace banmian::load {
namespace {

std::vector<std::string> masterNames(const model::Layout& layout) {
  std::vector<std::string> names;
  for (const auto& master : layout.masters) names.push_back(master.name);
  return names;
}

std::string asMasterName(const YamlValue& value, const model::Layout& layout) {
  const std::string name = asString(value);
  const std::vector<std::string> names = masterNames(layout);
  if (std::find(names.begin(), names.end(), name) == names.end()) failUnknownName(value, name, "master page", names);
  return name;
}

}  // namespace

model::Master readMaster(const YamlValue& value, const model::Layout& layout, DiagnosticSink& sink) {
  const MapReader r(value, "master page", keys::master());
  model::Master master;
  master.where = r.where();
  master.name = asString(r.required("name"));
  for (const auto& other : layout.masters)
    if (other.name == master.name)
      r.required("name").fail(fmt::format("duplicate master page '{}' (first at line {})", master.name,
                                          other.where.line));
  master.page = layout.page;
  master.grid = layout.grid;
  if (auto page = r.optional("page")) master.page = readPage(*page);
  if (auto grid = r.optional("grid")) master.grid = readGrid(*grid, master.page);
  master.frames = readFrames(r.required("frames"), layout, master, sink);
  return master;
}

model::PageSequence readSequence(const std::optional<YamlValue>& value, const model::Layout& layout,
                                 const SourceLocation& fallback) {
  model::PageSequence sequence;
  sequence.where = value ? value->where : fallback;
  sequence.first = layout.masters.front().name;
  if (!value) return sequence;
  const MapReader r(*value, "sequence", keys::sequence());
  r.read("first", sequence.first, [&](const YamlValue& v) { return asMasterName(v, layout); });
  r.read("repeat", sequence.repeat, [&](const YamlValue& v) { return asMasterName(v, layout); });
  r.readInteger("max-pages", sequence.max_pages);
  return sequence;
}

model::FloatSettings readFloats(const std::optional<YamlValue>& value, const SourceLocation& fallback) {
  model::FloatSettings floats;
  floats.where = value ? value->where : fallback;
  if (!value) return floats;
  const MapReader r(*value, "floats", keys::floats());
  r.readInteger("columns", floats.columns);
  r.readInteger("photo-rows", floats.photo_rows);
  r.read("caption-style", floats.caption_style, asString);
  r.read("numbering", floats.numbering, asString);
  r.readInteger("table-columns", floats.table_columns);
  r.read("table-numbering", floats.table_numbering, asString);
  r.read("table-style", floats.table_style, asString);
  return floats;
}

ChangeWording readWording(const std::optional<YamlValue>& value) {
  ChangeWording wording;
  if (!value) return wording;
  const MapReader r(*value, "wording", keys::wording());
  r.read("rise", wording.rise, asString);
  r.read("fall", wording.fall, asString);
  r.read("flat", wording.flat, asString);
  r.read("points-rise", wording.points_rise, asString);
  r.read("points-fall", wording.points_fall, asString);
  r.read("points-flat", wording.points_flat, asString);
  r.read("points", wording.points, asString);
  return wording;
}

}  // namespace banmian::load
