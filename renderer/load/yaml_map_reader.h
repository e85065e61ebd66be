#pragma once
// Reads one YAML map whose keys a table fixes (key_spec.h), or, for user-named maps, does not. Unknown and
// duplicate keys, and keys the table requires, are reported before anything is read, so a misspelt key is
// blamed rather than the "missing" key it was meant to be.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "load/key_spec.h"
#include "load/yaml_value.h"

namespace banmian::load {

class MapReader {
 public:
  // `context` names the map in messages ("frame", "paragraph style 'body'").
  MapReader(const YamlValue& map, std::string context, const MapSpec& spec);
  // A map whose keys are names the user chooses (font roles, style names).
  static MapReader withAnyKeys(const YamlValue& map, std::string context);

  const SourceLocation& where() const { return map_.where; }
  const std::string& context() const { return context_; }

  // Reading a key the table lacks is a bug in banmian (the schema would not know it): std::logic_error.
  std::optional<YamlValue> optional(std::string_view key) const;
  // Missing keys are reported at the map.
  YamlValue required(std::string_view key) const;
  // Every (key, value) in file order.
  std::vector<std::pair<YamlValue, YamlValue>> entries() const;

  // Sets `out` from the key when present: read(r, "size", style.size, asLength).
  template <class T, class Convert>
  void read(std::string_view key, T& out, Convert convert) const {
    if (auto value = optional(key)) out = convert(*value);
  }
  // An integer key's value, within the bounds its table gives.
  std::optional<int> integer(std::string_view key) const;
  template <class T>
  void readInteger(std::string_view key, T& out) const {
    if (auto value = integer(key)) out = *value;
  }

 private:
  MapReader(const YamlValue& map, std::string context);
  void checkKeys() const;
  std::string commaHint(const YAML::Node& value) const;
  YamlValue valueAt(const YAML::Node& key, const YAML::Node& value) const;

  YamlValue map_;
  std::string context_;
  const MapSpec* spec_ = nullptr;  // none: any keys
};

}  // namespace banmian::load
