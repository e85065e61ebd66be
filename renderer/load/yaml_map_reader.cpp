#include "load/yaml_map_reader.h"

#include <algorithm>
#include <map>
#include <stdexcept>

#include <fmt/format.h>

#include "base/diagnostics.h"
#include "load/edit_distance.h"
#include "load/yaml_file.h"

namespace banmian::load {

MapReader::MapReader(const YamlValue& map, std::string context) : map_(map), context_(std::move(context)) {
  if (!map_.node.IsMap()) map_.failType("a map");
}

MapReader::MapReader(const YamlValue& map, std::string context, const MapSpec& spec)
    : MapReader(map, std::move(context)) {
  spec_ = &spec;
  checkKeys();
}

MapReader MapReader::withAnyKeys(const YamlValue& map, std::string context) {
  MapReader reader(map, std::move(context));
  reader.checkKeys();
  return reader;
}

// Every bad key of the map is reported, each at its place: they are independent mistakes.
void MapReader::checkKeys() const {
  std::vector<Diagnostic> errors;
  const auto error = [&](const SourceLocation& where, std::string message, std::string hint = "") {
    errors.push_back({Severity::Error, where, std::move(message), std::move(hint)});
  };
  std::map<std::string, SourceLocation> seen;
  for (const auto& entry : map_.node) {
    const YAML::Node& key = entry.first;
    const SourceLocation where = map_.file->at(key.Mark());
    if (!key.IsScalar()) throw InputError(where, fmt::format("a key in {} must be a name, not {}", context_, describe(key)));
    const std::string& name = key.Scalar();
    if (auto [first, inserted] = seen.emplace(name, where); !inserted)
      error(where, fmt::format("duplicate key '{}' in {} (first at line {})", name, context_, first->second.line));
    else if (spec_ && !spec_->find(name)) {
      const std::string hint = suggestion(name, spec_->names());
      const std::string message = fmt::format("unknown key '{}' in {}", name, context_);
      if (hint.empty()) error(where, message + commaHint(entry.second));
      else error(where, message, hint + commaHint(entry.second));
    }
  }
  // A missing key after a misspelt one is the same mistake: blame the misspelling alone.
  if (spec_ && errors.empty())
    for (const KeySpec& key : spec_->keys)
      if (key.required && !seen.contains(key.name))
        error(map_.where, fmt::format("missing required key '{}' in {}", key.name, context_));
  if (errors.size() == 1) throw InputError(errors.front().where, errors.front().message, errors.front().hint);
  if (!errors.empty()) throw InputErrors(std::move(errors));
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
  if (spec_ && !spec_->find(key))
    throw std::logic_error(fmt::format("the key table '{}' lacks the key '{}' the loader reads", spec_->id, key));
  for (const auto& entry : map_.node)
    if (entry.first.Scalar() == key) return valueAt(entry.first, entry.second);
  return std::nullopt;
}

YamlValue MapReader::required(std::string_view key) const {
  if (auto value = optional(key)) return *value;
  throw InputError(map_.where, fmt::format("missing required key '{}' in {}", key, context_));
}

std::optional<int> MapReader::integer(std::string_view key) const {
  const KeySpec* spec = spec_ ? spec_->find(key) : nullptr;
  if (!spec || spec->type.kind != ValueType::Kind::Integer || !spec->type.bounded)
    throw std::logic_error(fmt::format("the key table gives no integer bounds for '{}'", key));
  if (auto value = optional(key))
    return asIntInRange(*value, static_cast<int>(spec->type.minimum), static_cast<int>(spec->type.maximum));
  return std::nullopt;
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
