#pragma once
// One located YAML value and the readers that turn it into typed data or a located InputError.
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "base/source_location.h"

namespace banmian::load {

class YamlFile;

struct YamlValue {
  const YamlFile* file = nullptr;
  YAML::Node node;
  SourceLocation where;
  std::string what;  // how messages name it: "'size'", "element 2 of 'columns'"

  [[noreturn]] void fail(const std::string& message, const std::string& hint = "") const;
  // "'size' must be a number, not a map".
  [[noreturn]] void failType(std::string_view expected) const;
};

// "a map", "a list", "nothing", or the scalar quoted.
std::string describe(const YAML::Node& node);

std::string asString(const YamlValue& value);
double asNumber(const YamlValue& value);
int asInt(const YamlValue& value);
bool asBool(const YamlValue& value);
std::vector<YamlValue> asList(const YamlValue& value);
// A list of exactly `size` elements, e.g. `[first, last]`.
std::vector<YamlValue> asTuple(const YamlValue& value, size_t size, std::string_view expected);
std::vector<std::string> asStringList(const YamlValue& value);
int asIntInRange(const YamlValue& value, int low, int high);

// One of a fixed set of words, e.g. an alignment.
template <class Enum>
Enum asEnum(const YamlValue& value, std::initializer_list<std::pair<std::string_view, Enum>> choices);
// The same, from a named table of words that the key tables also list (layout_words.h).
template <class Enum, size_t N>
Enum asEnum(const YamlValue& value, const std::pair<std::string_view, Enum> (&choices)[N]);

// ---------------------------------------------------------------- implementation

[[noreturn]] void failEnum(const YamlValue& value, const std::string& word, const std::vector<std::string>& choices);

template <class Range>
auto chooseWord(const YamlValue& value, const Range& choices) {
  const std::string word = asString(value);
  std::vector<std::string> names;
  for (const auto& [name, result] : choices) {
    if (name == word) return result;
    names.emplace_back(name);
  }
  failEnum(value, word, names);
}

template <class Enum>
Enum asEnum(const YamlValue& value, std::initializer_list<std::pair<std::string_view, Enum>> choices) {
  return chooseWord(value, choices);
}

template <class Enum, size_t N>
Enum asEnum(const YamlValue& value, const std::pair<std::string_view, Enum> (&choices)[N]) {
  return chooseWord(value, choices);
}

}  // namespace banmian::load
