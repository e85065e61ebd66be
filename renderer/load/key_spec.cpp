#include "load/key_spec.h"

namespace banmian::load {

std::vector<std::string> MapSpec::names() const {
  std::vector<std::string> result;
  for (const KeySpec& key : keys) result.push_back(key.name);
  return result;
}

const KeySpec* MapSpec::find(std::string_view name) const {
  for (const KeySpec& key : keys)
    if (key.name == name) return &key;
  return nullptr;
}

namespace types {
namespace {

ValueType of(ValueType::Kind kind) {
  ValueType type;
  type.kind = kind;
  return type;
}

ValueType bounded(ValueType::Kind kind, double minimum, double maximum) {
  ValueType type = of(kind);
  type.minimum = minimum;
  type.maximum = maximum;
  type.bounded = true;
  return type;
}

}  // namespace

ValueType text() { return of(ValueType::Kind::String); }
ValueType number() { return of(ValueType::Kind::Number); }
ValueType number(double minimum, double maximum) { return bounded(ValueType::Kind::Number, minimum, maximum); }
ValueType integer(int minimum, int maximum) { return bounded(ValueType::Kind::Integer, minimum, maximum); }
ValueType boolean() { return of(ValueType::Kind::Bool); }
ValueType length() { return of(ValueType::Kind::Length); }
ValueType em() { return of(ValueType::Kind::Em); }
ValueType color() { return of(ValueType::Kind::Color); }
ValueType date() { return of(ValueType::Kind::Date); }

ValueType enumOf(std::vector<std::string> words) {
  ValueType type = of(ValueType::Kind::Enum);
  type.words = std::move(words);
  return type;
}

ValueType map(const MapSpec& spec) {
  ValueType type = of(ValueType::Kind::Map);
  type.map = &spec;
  return type;
}

ValueType namedMap(ValueType item) {
  ValueType type = of(ValueType::Kind::NamedMap);
  type.items.push_back(std::move(item));
  return type;
}

ValueType list(ValueType element, int min_items) {
  ValueType type = of(ValueType::Kind::List);
  type.items.push_back(std::move(element));
  type.min_items = min_items;
  return type;
}

ValueType tuple(ValueType element, int size) {
  ValueType type = list(std::move(element), size);
  type.tuple = true;
  return type;
}

ValueType oneOf(std::vector<ValueType> alternatives) {
  ValueType type = of(ValueType::Kind::OneOf);
  type.items = std::move(alternatives);
  return type;
}

ValueType described(ValueType type, std::string description) {
  type.description = std::move(description);
  return type;
}

KeySpec required(std::string name, ValueType type, std::string description) {
  return {std::move(name), std::move(type), true, std::move(description)};
}

KeySpec optional(std::string name, ValueType type, std::string description) {
  return {std::move(name), std::move(type), false, std::move(description)};
}

}  // namespace types
}  // namespace banmian::load
