#include "load/yaml_map_reader.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "base/diagnostics.h"
#include "load/edit_distance.h"
#include "load/yaml_file.h"

namespace banmian::load {

MapReader::MapReader(const YamlValue& map, std::string context) : map_(map), context_(std::move(context)) {
  if (!map_.node.IsMap()) map_.failType("a map");
}

MapReader::MapReader(const YamlValue& map, std::string context, std::vector<std::string> allowed_keys)
    : MapReader(map, std::move(context)) {
  checkKeys(&allowed_keys);
}

MapReader MapReader::withAnyKeys(const YamlValue& map, std::string context) {
  MapReader reader(map, std::move(context));
  reader.checkKeys(nullptr);
  return reader;
}

void MapReader::checkKeys(const std::vector<std::string>* allowed_keys) const {
  std::map<std::string, SourceLocation> seen;
  for (const auto& entry : map_.node) {
    const YAML::Node& key = entry.first;
    const SourceLocation where = map_.file->at(key.Mark());
    if (!key.IsScalar()) throw InputError(where, fmt::format("a key in {} must be a name, not {}", context_, describe(key)));
    const std::string& name = key.Scalar();
    if (auto [first, inserted] = seen.emplace(name, where); !inserted)
      throw InputError(where, fmt::format("duplicate key '{}' in {} (first at line {})", name, context_, first->second.line));
    if (allowed_keys && std::find(allowed_keys->begin(), allowed_keys->end(), name) == allowed_keys->end())
      throw InputError(where, fmt::format("unknown key '{}' in {}{}{}", name, context_, didYouMean(name, *allowed_keys),
                                          commaHint(entry.second)));
  }
}

std::string MapReader::commaHint(const YAML::Node& value) const {
  // `{caption: 甲,乙}` reads as the keys `caption` and `乙`: a comma ends a value in a flow map.
  if (!value.IsNull() || map_.node.Style() != YAML::EmitterStyle::Flow) return "";
  return " (a ',' ends a value inside {…}: quote text that contains one)";
}

YamlValue MapReader::valueAt(const YAML::Node& key, const YAML::Node& value) const {
  // An empty value's mark points at whatever follows it; its key is the better place to blame.
  SourceLocation where = map_.file->at(value.IsNull() ? key.Mark() : value.Mark());
  return YamlValue{map_.file, value, where, fmt::format("'{}'", key.Scalar())};
}

std::optional<YamlValue> MapReader::optional(std::string_view key) const {
  for (const auto& entry : map_.node)
    if (entry.first.Scalar() == key) return valueAt(entry.first, entry.second);
  return std::nullopt;
}

YamlValue MapReader::required(std::string_view key) const {
  if (auto value = optional(key)) return *value;
  throw InputError(map_.where, fmt::format("missing required key '{}' in {}", key, context_));
}

std::vector<std::pair<YamlValue, YamlValue>> MapReader::entries() const {
  std::vector<std::pair<YamlValue, YamlValue>> result;
  for (const auto& entry : map_.node) {
    YamlValue key{map_.file, entry.first, map_.file->at(entry.first.Mark()), "a name"};
    result.emplace_back(std::move(key), valueAt(entry.first, entry.second));
  }
  return result;
}

}  // namespace banmian::load
