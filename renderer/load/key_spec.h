#pragma once
// The keys of each kind of YAML map banmian reads, with the type and meaning of each value. The loaders
// check maps against these tables (MapReader) and `banmian schema` writes them as JSON Schema, so the
// editor's schema and the loader never disagree about which keys exist or what they mean.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace banmian::load {

struct MapSpec;

// What a value may be, as far as a schema can say without the rest of the file (a style name must be
// defined, a column must lie on the grid: those the loader checks, the schema cannot).
struct ValueType {
  enum class Kind {
    Any,       // no constraint (the default)
    String,
    Number,
    Integer,
    Bool,
    Enum,      // one of `words`
    Length,    // "9pt", "20mm", "2.5cm", "1in" or a number of points
    Em,        // "2em" or a number
    Color,     // "#rrggbb" or {cmyk: [c, m, y, k]}
    Date,      // yyyy-mm-dd
    Map,       // the keys of `map`
    NamedMap,  // names the user chooses, each mapped to `items[0]`
    List,      // elements `items[0]`; exactly `min_items` of them when `tuple`
    OneOf,     // any of `items`
  };
  Kind kind = Kind::Any;
  std::vector<std::string> words;  // Enum
  const MapSpec* map = nullptr;    // Map
  std::vector<ValueType> items;    // NamedMap, List, OneOf
  double minimum = 0, maximum = 0;
  bool bounded = false;            // minimum and maximum apply (Number, Integer)
  int min_items = 0;               // List
  bool tuple = false;              // List: exactly min_items elements
  std::string description;         // overrides the key's (OneOf alternatives)
};

// One key of a map: its name, its value, whether every map must have it, and what it does (the text an
// editor shows on hover).
struct KeySpec {
  std::string name;
  ValueType type;
  bool required = false;
  std::string description;
};

// Keys that apply only when the selector key has one value (a frame's `kind`).
struct Variant {
  std::string value;
  std::vector<std::string> keys;
};

struct MapSpec {
  MapSpec(std::string id, std::string description, std::vector<KeySpec> keys = {})
      : id(std::move(id)), description(std::move(description)), keys(std::move(keys)) {}

  std::string id;           // the schema's name for it ("paragraph-style")
  std::string description;
  std::vector<KeySpec> keys;
  // When set, a key not among `common` applies only in the variant the selector's value names.
  std::string selector;
  std::vector<std::string> common;
  std::vector<Variant> variants;

  std::vector<std::string> names() const;
  const KeySpec* find(std::string_view name) const;
};

// Builders for the tables.
namespace types {
ValueType text();
ValueType number();
ValueType number(double minimum, double maximum);
ValueType integer(int minimum, int maximum);
ValueType boolean();
ValueType enumOf(std::vector<std::string> words);
ValueType length();
ValueType em();
ValueType color();
ValueType date();
ValueType map(const MapSpec& spec);
ValueType namedMap(ValueType item);
ValueType list(ValueType element, int min_items = 0);
ValueType tuple(ValueType element, int size);
ValueType oneOf(std::vector<ValueType> alternatives);
ValueType described(ValueType type, std::string description);

// The keys of a table: one every map must have, one it may have.
KeySpec required(std::string name, ValueType type, std::string description);
KeySpec optional(std::string name, ValueType type, std::string description);
}  // namespace types

// The words of an asEnum table, in its order: the schema's enum is the loader's.
template <class Enum, size_t N>
std::vector<std::string> wordsOf(const std::pair<std::string_view, Enum> (&choices)[N]) {
  std::vector<std::string> names;
  for (const auto& [name, value] : choices) names.emplace_back(name);
  return names;
}

}  // namespace banmian::load
