#include "load/yaml_value.h"

#include <charconv>
#include <cmath>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/diagnostics.h"
#include "load/edit_distance.h"
#include "load/yaml_file.h"

namespace banmian::load {

void YamlValue::fail(const std::string& message, const std::string& hint) const {
  throw InputError(where, message, hint);
}

void YamlValue::failType(std::string_view expected) const {
  fail(fmt::format("{} must be {}, not {}", what, expected, describe(node)));
}

std::string describe(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map: return "a map";
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Scalar: return fmt::format("'{}'", node.Scalar());
    default: return "nothing";
  }
}

std::string asString(const YamlValue& value) {
  if (!value.node.IsScalar()) value.failType("text");
  return value.node.Scalar();
}

double asNumber(const YamlValue& value) {
  if (!value.node.IsScalar()) value.failType("a number");
  const std::string& text = value.node.Scalar();
  double number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(number))
    value.failType("a number");
  return number;
}

int asInt(const YamlValue& value) {
  if (!value.node.IsScalar()) value.failType("an integer");
  const std::string& text = value.node.Scalar();
  int number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (error != std::errc() || end != text.data() + text.size()) value.failType("an integer");
  return number;
}

int asIntInRange(const YamlValue& value, int low, int high) {
  const int number = asInt(value);
  if (number < low || number > high)
    value.fail(fmt::format("{} must be between {} and {}, not {}", value.what, low, high, number));
  return number;
}

bool asBool(const YamlValue& value) {
  if (value.node.IsScalar() && value.node.Scalar() == "true") return true;
  if (value.node.IsScalar() && value.node.Scalar() == "false") return false;
  value.failType("true or false");
}

std::vector<YamlValue> asList(const YamlValue& value) {
  if (!value.node.IsSequence()) value.failType("a list");
  std::vector<YamlValue> elements;
  for (size_t i = 0; i < value.node.size(); ++i) {
    YAML::Node element = value.node[i];
    SourceLocation where = value.file->at(element.Mark());
    // An empty element has no position of its own.
    if (!where.known() || element.IsNull()) where = value.where;
    elements.push_back({value.file, element, where, fmt::format("element {} of {}", i + 1, value.what)});
  }
  return elements;
}

std::vector<YamlValue> asTuple(const YamlValue& value, size_t size, std::string_view expected) {
  if (!value.node.IsSequence() || value.node.size() != size) value.failType(expected);
  return asList(value);
}

std::vector<std::string> asStringList(const YamlValue& value) {
  std::vector<std::string> strings;
  for (const auto& element : asList(value)) strings.push_back(asString(element));
  return strings;
}

void failEnum(const YamlValue& value, const std::string& word, const std::vector<std::string>& choices) {
  value.fail(fmt::format("{} must be one of {}, not '{}'", value.what, fmt::join(choices, ", "), word),
             suggestion(word, choices));
}

}  // namespace banmian::load
