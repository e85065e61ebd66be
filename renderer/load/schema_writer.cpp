#include "load/schema_writer.h"

#include <set>
#include <vector>

#include <fmt/format.h>

#include "base/json_text.h"
#include "load/layout_keys.h"

namespace banmian::load {
namespace {

using json::Json;

// The shapes of scalars that many keys share, each written once under $defs.
Json numberOrPattern(const char* number_type, const char* pattern, const char* description) {
  return Json::object({{"description", description},
                       {"anyOf", Json::array({Json::object({{"type", number_type}}),
                                              Json::object({{"type", "string"}, {"pattern", pattern}})})}});
}

constexpr const char* kNumber = R"(-?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?)";

Json scalarDefinition(ValueType::Kind kind) {
  using Kind = ValueType::Kind;
  switch (kind) {
    case Kind::Length:
      return numberOrPattern("number", fmt::format("^{}(pt|mm|cm|in)?$", kNumber).c_str(),
                             "A length: 9pt, 20mm, 2.5cm, 1in, or a number of points.");
    case Kind::Em:
      return numberOrPattern("number", fmt::format("^{}(em)?$", kNumber).c_str(),
                             "A multiple of the font size: 2em, or a number.");
    case Kind::Date:
      return Json::object({{"description", "A date, yyyy-mm-dd."},
                           {"type", "string"},
                           {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}});
    default:
      return Json::object({{"description", "A colour: \"#rrggbb\" (quoted: # starts a YAML comment) or "
                                           "{cmyk: [c, m, y, k]}."},
                           {"anyOf", Json::array({Json::object({{"type", "string"}, {"pattern", "^#[0-9a-fA-F]{6}$"}}),
                                                  Json::object({{"$ref", "#/$defs/cmyk-color"}})})}});
  }
}

const char* scalarName(ValueType::Kind kind) {
  using Kind = ValueType::Kind;
  switch (kind) {
    case Kind::Length: return "length";
    case Kind::Em: return "em";
    case Kind::Date: return "date";
    default: return "color";
  }
}

class SchemaBuilder {
 public:
  Json type(const ValueType& type);
  // `schema` holds what comes before the map's own keywords ($schema, title).
  Json map(const MapSpec& spec, Json schema = Json::object({}));
  Json definitions();
  void use(const MapSpec& spec);

 private:
  Json bounds(Json schema, const ValueType& type);
  Json variants(const MapSpec& spec);

  std::vector<const MapSpec*> maps_;  // in the order first reached
  std::set<std::string> seen_;
  std::set<ValueType::Kind> scalars_;
};

void SchemaBuilder::use(const MapSpec& spec) {
  if (seen_.insert(spec.id).second) maps_.push_back(&spec);
}

Json SchemaBuilder::bounds(Json schema, const ValueType& type) {
  if (type.bounded) {
    schema.set("minimum", Json::number(type.minimum));
    schema.set("maximum", Json::number(type.maximum));
  }
  return schema;
}

Json SchemaBuilder::type(const ValueType& type) {
  using Kind = ValueType::Kind;
  Json schema = Json::object({});
  switch (type.kind) {
    case Kind::Any: break;
    // The loader reads any scalar as text: `edition: 3` and `title: 2026` are text to it.
    case Kind::String: schema = Json::object({{"type", Json::array({"string", "number", "boolean"})}}); break;
    case Kind::Number: schema = bounds(Json::object({{"type", "number"}}), type); break;
    case Kind::Integer: schema = bounds(Json::object({{"type", "integer"}}), type); break;
    case Kind::Bool: schema = Json::object({{"type", "boolean"}}); break;
    case Kind::Enum: schema = Json::object({{"enum", Json::strings(type.words)}}); break;
    case Kind::Length: case Kind::Em: case Kind::Date: case Kind::Color:
      scalars_.insert(type.kind);
      if (type.kind == Kind::Color) use(keys::cmykColor());
      schema = Json::object({{"$ref", fmt::format("#/$defs/{}", scalarName(type.kind))}});
      break;
    case Kind::Map:
      use(*type.map);
      schema = Json::object({{"$ref", "#/$defs/" + type.map->id}});
      break;
    case Kind::NamedMap:
      schema = Json::object({{"type", "object"}, {"additionalProperties", this->type(type.items[0])}});
      break;
    case Kind::List: {
      schema = Json::object({{"type", "array"}, {"items", this->type(type.items[0])}});
      if (type.min_items > 0) schema.set("minItems", Json::number(type.min_items));
      if (type.tuple) schema.set("maxItems", Json::number(type.min_items));
      break;
    }
    case Kind::OneOf: {
      std::vector<Json> alternatives;
      for (const ValueType& item : type.items) alternatives.push_back(this->type(item));
      schema = Json::object({{"anyOf", Json::array(std::move(alternatives))}});
      break;
    }
  }
  if (!type.description.empty()) schema.set("description", type.description);
  return schema;
}

// A frame's keys depend on its kind: each variant lists the keys it allows besides the common ones.
Json SchemaBuilder::variants(const MapSpec& spec) {
  std::vector<Json> rules;
  for (const Variant& variant : spec.variants) {
    std::vector<std::string> allowed = spec.common;
    allowed.insert(allowed.end(), variant.keys.begin(), variant.keys.end());
    rules.push_back(Json::object(
        {{"if", Json::object({{"properties", Json::object({{spec.selector, Json::object({{"const", variant.value}})}})},
                              {"required", Json::strings({spec.selector})}})},
         {"then", Json::object({{"propertyNames", Json::object({{"enum", Json::strings(allowed)}})}})}}));
  }
  return Json::array(std::move(rules));
}

Json SchemaBuilder::map(const MapSpec& spec, Json schema) {
  std::vector<std::pair<std::string, Json>> properties;
  std::vector<std::string> required;
  for (const KeySpec& key : spec.keys) {
    Json property = type(key.type);
    property.set("description", key.description);
    properties.emplace_back(key.name, std::move(property));
    if (key.required) required.push_back(key.name);
  }
  schema.set("description", spec.description);
  schema.set("type", "object");
  schema.set("properties", Json::object(std::move(properties)));
  if (!required.empty()) schema.set("required", Json::strings(required));
  schema.set("additionalProperties", Json::boolean(false));
  if (!spec.variants.empty()) schema.set("allOf", variants(spec));
  return schema;
}

// Maps reached while writing others are written too, until none is left.
Json SchemaBuilder::definitions() {
  std::vector<std::pair<std::string, Json>> definitions;
  for (size_t i = 0; i < maps_.size(); ++i) definitions.emplace_back(maps_[i]->id, map(*maps_[i]));
  for (ValueType::Kind kind : scalars_) definitions.emplace_back(scalarName(kind), scalarDefinition(kind));
  return Json::object(std::move(definitions));
}

}  // namespace

std::string writeJsonSchema(const MapSpec& root, std::string_view title) {
  SchemaBuilder builder;
  Json schema = builder.map(root, Json::object({{"$schema", "https://json-schema.org/draft/2020-12/schema"},
                                                {"title", std::string(title)}}));
  schema.set("$defs", builder.definitions());
  return schema.dump() + "\n";
}

}  // namespace banmian::load
