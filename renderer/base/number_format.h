#pragma once
// Numbers as Chinese readers expect them in a bulletin: fixed decimals per metric, 万 and 亿 for large
// amounts, thousands separators, the unit written straight after the number (19.34亿元, 0.5%).
// One formatter serves prose bindings ({{id|format}}) and chart labels, so both read the same number.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace banmian {

// How a house style words a change: the verb for a rise, a fall and no change, for rates (增长5.7%) and
// for percentage points (提高2.4个百分点). The layout's `wording:` can replace each.
struct ChangeWording {
  std::string rise = "增长", fall = "下降", flat = "持平";
  std::string points_rise = "提高", points_fall = "回落", points_flat = "持平", points = "个百分点";
};

struct NumberFormat {
  enum class Scale { None, Wan, Yi, Auto };
  // trend: 增长5.7% / 下降3.1% / 持平, the verb from the sign and the number without it;
  // points: 提高2.4个百分点 / 回落0.3个百分点 / 持平, a change in percentage points.
  enum class Change { None, Trend, Points };
  std::optional<int> decimals;  // none: the metric's own
  bool unit = false;            // write the unit after the number
  bool thousands = false;       // 55,491
  bool sign = false;            // +0.5 for positive values (changes)
  Scale scale = Scale::None;    // wan: 5.55万; yi: 0.25亿; auto: whichever keeps the number under 10 000
  Change change = Change::None;
  bool absolute = false;        // abs: the magnitude (3.1 for -3.1)
  bool ratio = false;           // ratio: 1.79:1

  // The words of a format, separated by commas: "unit", "sep", "sign", "wan", "yi", "auto", ".N" (N decimals),
  // "trend", "pp", "abs", "ratio".
  // Returns none and sets `error` for an unknown word.
  static std::optional<NumberFormat> parse(std::string_view spec, std::string& error);
};

// A plain number: `decimals` fixed decimals, optional separators and sign; never "-0".
std::string formatNumber(double value, int decimals, bool thousands = false, bool sign = false);

// A metric's value under `format`: the value scaled and rounded, with the (scaled) unit when asked, worded
// as a change when the format says trend or pp.
std::string formatQuantity(double value, const std::string& unit, int decimals, const NumberFormat& format,
                           const ChangeWording& wording = {});

// `auto` decided once for all the numbers of one chart, by the largest of them, so that its labels and
// ticks share one scale; other scales are returned as they are.
NumberFormat::Scale fixedScale(NumberFormat::Scale scale, const std::string& unit, double largest);
// `value` in the unit `scale` writes it in: 55491 户 under wan is 5.5491.
double inWrittenUnit(double value, const std::string& unit, NumberFormat::Scale scale);

// Each value's share of their total in percent, rounded to `decimals` by largest remainder, so that the
// shares as written add up to exactly 100 (33.3 + 33.3 + 33.4, never 99.9). Values are not negative.
std::vector<double> percentShares(const std::vector<double>& values, int decimals);

// The unit a scaled value takes: 户 -> 万户, 万元 under Yi -> 亿元.
std::string scaledUnit(const std::string& unit, NumberFormat::Scale scale, double value);

}  // namespace banmian
