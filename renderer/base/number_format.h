#pragma once
// Numbers as Chinese readers expect them in a bulletin: fixed decimals per metric, 万 and 亿 for large
// amounts, thousands separators, the unit written straight after the number (19.34亿元, 0.5%).
// One formatter serves prose bindings ({{id|format}}) and chart labels, so both read the same number.
#include <optional>
#include <string>
#include <string_view>

namespace banmian {

struct NumberFormat {
  enum class Scale { None, Wan, Yi, Auto };
  std::optional<int> decimals;  // none: the metric's own
  bool unit = false;            // write the unit after the number
  bool thousands = false;       // 55,491
  bool sign = false;            // +0.5 for positive values (changes)
  Scale scale = Scale::None;    // wan: 5.55万; yi: 0.25亿; auto: whichever keeps the number under 10 000

  // The words of a format, separated by commas: "unit", "sep", "sign", "wan", "yi", "auto", ".N" (N decimals).
  // Returns none and sets `error` for an unknown word.
  static std::optional<NumberFormat> parse(std::string_view spec, std::string& error);
};

// A plain number: `decimals` fixed decimals, optional separators and sign; never "-0".
std::string formatNumber(double value, int decimals, bool thousands = false, bool sign = false);

// A metric's value under `format`: the value scaled and rounded, with the (scaled) unit when asked.
std::string formatQuantity(double value, const std::string& unit, int decimals, const NumberFormat& format);

// The unit a scaled value takes: 户 -> 万户, 万元 under Yi -> 亿元.
std::string scaledUnit(const std::string& unit, NumberFormat::Scale scale, double value);

}  // namespace banmian
