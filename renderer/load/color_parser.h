#pragma once
// Colours as layouts write them: "#rrggbb" or {cmyk: [c, m, y, k]} with each value in 0..1.
#include <optional>
#include <string_view>

#include "base/color.h"
#include "load/yaml_value.h"

namespace banmian::load {

std::optional<Color> parseHexColor(std::string_view text);
Color asColor(const YamlValue& value);

}  // namespace banmian::load
