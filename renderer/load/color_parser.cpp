#include "load/color_parser.h"

#include <charconv>

#include <fmt/format.h>

#include "load/layout_keys.h"
#include "load/yaml_map_reader.h"

namespace banmian::load {
namespace {

constexpr std::string_view kColorForms = "a colour: \"#rrggbb\" or {cmyk: [c, m, y, k]}";

Color asCmyk(const YamlValue& value) {
  const MapReader reader(value, "colour", keys::cmykColor());
  const YamlValue list = reader.required("cmyk");
  double c[4];
  const std::vector<YamlValue> channels = asTuple(list, 4, "a list of 4 numbers [c, m, y, k]");
  for (size_t i = 0; i < 4; ++i) {
    c[i] = asNumber(channels[i]);
    if (c[i] < 0 || c[i] > 1) channels[i].fail(fmt::format("{} must be between 0 and 1", channels[i].what));
  }
  return Color::cmyk(c[0], c[1], c[2], c[3]);
}

}  // namespace

std::optional<Color> parseHexColor(std::string_view text) {
  if (text.size() != 7 || text[0] != '#') return std::nullopt;
  double channels[3];
  for (int i = 0; i < 3; ++i) {
    unsigned byte = 0;
    const char* first = text.data() + 1 + 2 * i;
    const auto [end, error] = std::from_chars(first, first + 2, byte, 16);
    if (error != std::errc() || end != first + 2) return std::nullopt;
    channels[i] = byte / 255.0;
  }
  return Color::rgb(channels[0], channels[1], channels[2]);
}

Color asColor(const YamlValue& value) {
  if (value.node.IsMap()) return asCmyk(value);
  // An unquoted "#rrggbb" is a YAML comment, which leaves the value empty.
  if (value.node.IsNull())
    value.fail(fmt::format("{} must be {}, not nothing (quote a \"#rrggbb\" colour: # starts a YAML comment)",
                           value.what, kColorForms));
  if (value.node.IsScalar())
    if (auto color = parseHexColor(value.node.Scalar())) return *color;
  value.failType(kColorForms);
}

}  // namespace banmian::load
