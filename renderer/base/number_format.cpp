#include "base/number_format.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

#include <fmt/format.h>

namespace banmian {
namespace {

constexpr std::string_view kWan = "万", kYi = "亿";

// Powers of ten a unit already carries (万元 = 10^4 元), so scaling composes with it.
int unitExponent(const std::string& unit) {
  if (unit.starts_with(kYi)) return 8;
  if (unit.starts_with(kWan)) return 4;
  return 0;
}

std::string bareUnit(const std::string& unit) {
  const int exponent = unitExponent(unit);
  return exponent == 0 ? unit : unit.substr(exponent == 8 ? kYi.size() : kWan.size());
}

// The power of ten the number is written in.
int targetExponent(double value, const std::string& unit, NumberFormat::Scale scale) {
  const double absolute = std::fabs(value) * std::pow(10.0, unitExponent(unit));
  switch (scale) {
    case NumberFormat::Scale::None: return unitExponent(unit);
    case NumberFormat::Scale::Wan: return 4;
    case NumberFormat::Scale::Yi: return 8;
    case NumberFormat::Scale::Auto: return absolute >= 1e8 ? 8 : absolute >= 1e4 ? 4 : unitExponent(unit);
  }
  return 0;
}

std::string groupThousands(const std::string& digits) {
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

bool parseWord(std::string_view word, NumberFormat& out) {
  using Scale = NumberFormat::Scale;
  if (word == "unit") out.unit = true;
  else if (word == "sep") out.thousands = true;
  else if (word == "sign") out.sign = true;
  else if (word == "wan") out.scale = Scale::Wan;
  else if (word == "yi") out.scale = Scale::Yi;
  else if (word == "auto") out.scale = Scale::Auto;
  else if (word == "trend") out.change = NumberFormat::Change::Trend;
  else if (word == "pp") out.change = NumberFormat::Change::Points;
  else if (word == "abs") out.absolute = true;
  else if (word == "ratio") out.ratio = true;
  else if (word.size() == 2 && word[0] == '.' && word[1] >= '0' && word[1] <= '9') out.decimals = word[1] - '0';
  else return false;
  return true;
}

}  // namespace

std::optional<NumberFormat> NumberFormat::parse(std::string_view spec, std::string& error) {
  NumberFormat format;
  size_t start = 0;
  while (start <= spec.size()) {
    size_t end = spec.find(',', start);
    if (end == std::string_view::npos) end = spec.size();
    std::string_view word = spec.substr(start, end - start);
    while (!word.empty() && word.front() == ' ') word.remove_prefix(1);
    while (!word.empty() && word.back() == ' ') word.remove_suffix(1);
    if (!word.empty() && !parseWord(word, format)) {
      error = fmt::format("unknown number format '{}' (use unit, sep, sign, wan, yi, auto, trend, pp, abs, ratio, "
                          "or .N for N decimals)", word);
      return std::nullopt;
    }
    start = end + 1;
  }
  return format;
}

std::string formatNumber(double value, int decimals, bool thousands, bool sign) {
  const double scale = std::pow(10.0, decimals);
  double rounded = std::round(std::fabs(value) * scale) / scale;
  const bool negative = value < 0 && rounded > 0;  // -0.04 at one decimal is 0.0, not -0.0
  std::string text = fmt::format("{:.{}f}", rounded, decimals);
  if (thousands) {
    const size_t point = text.find('.');
    text = groupThousands(text.substr(0, point)) + (point == std::string::npos ? "" : text.substr(point));
  }
  if (negative) return "-" + text;
  if (sign && rounded > 0) return "+" + text;
  return text;
}

NumberFormat::Scale fixedScale(NumberFormat::Scale scale, const std::string& unit, double largest) {
  if (scale != NumberFormat::Scale::Auto) return scale;
  const int exponent = targetExponent(largest, unit, scale);
  if (exponent == unitExponent(unit)) return NumberFormat::Scale::None;
  return exponent == 8 ? NumberFormat::Scale::Yi : NumberFormat::Scale::Wan;
}

double inWrittenUnit(double value, const std::string& unit, NumberFormat::Scale scale) {
  return value * std::pow(10.0, unitExponent(unit) - targetExponent(value, unit, scale));
}

std::vector<double> percentShares(const std::vector<double>& values, int decimals) {
  const double total = std::accumulate(values.begin(), values.end(), 0.0);
  const double units = 100 * std::pow(10.0, decimals);  // the whole, in the last decimal's units
  std::vector<double> floors, remainders;
  for (double v : values) {
    const double exact = total > 0 ? v / total * units : 0;
    floors.push_back(std::floor(exact + 1e-9));
    remainders.push_back(exact - floors.back());
  }
  std::vector<size_t> order(values.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return remainders[a] > remainders[b]; });
  double missing = total > 0 ? units - std::accumulate(floors.begin(), floors.end(), 0.0) : 0;
  for (size_t i = 0; i < order.size() && missing > 0.5; ++i, missing -= 1) floors[order[i]] += 1;
  for (double& f : floors) f /= std::pow(10.0, decimals);
  return floors;
}

std::string scaledUnit(const std::string& unit, NumberFormat::Scale scale, double value) {
  const int exponent = targetExponent(value, unit, scale);
  const std::string prefix = exponent == 8 ? std::string(kYi) : exponent == 4 ? std::string(kWan) : "";
  return prefix + bareUnit(unit);
}

namespace {

// A change in words: the verb from the sign as rounded, then the magnitude (never 增长-3.1%).
std::string changeInWords(double value, const std::string& unit, int decimals, NumberFormat format,
                          const ChangeWording& wording) {
  const bool points = format.change == NumberFormat::Change::Points;
  format.change = NumberFormat::Change::None;
  format.sign = false;
  const int places = format.decimals ? *format.decimals : decimals;
  if (formatNumber(value, places) == formatNumber(0, places)) return points ? wording.points_flat : wording.flat;
  const std::string& verb = value > 0 ? (points ? wording.points_rise : wording.rise)
                                      : (points ? wording.points_fall : wording.fall);
  if (points) return verb + formatNumber(std::fabs(value), places, format.thousands) + wording.points;
  format.unit = true;
  return verb + formatQuantity(std::fabs(value), unit, decimals, format);
}

}  // namespace

std::string formatQuantity(double value, const std::string& unit, int decimals, const NumberFormat& format,
                           const ChangeWording& wording) {
  if (format.change != NumberFormat::Change::None) return changeInWords(value, unit, decimals, format, wording);
  if (format.absolute) value = std::fabs(value);
  if (format.ratio) return formatNumber(value, format.decimals ? *format.decimals : decimals, format.thousands) + ":1";
  const int from = unitExponent(unit), to = targetExponent(value, unit, format.scale);
  const double scaled = value * std::pow(10.0, from - to);
  // Scaling down by 万 or 亿 without an explicit precision keeps two decimals: 55491 户 -> 5.55万户.
  const int places = format.decimals ? *format.decimals : to > from ? 2 : decimals;
  std::string text = formatNumber(scaled, places, format.thousands, format.sign);
  if (format.unit) text += scaledUnit(unit, format.scale, value);
  else if (to != from) text += to == 8 ? kYi : kWan;  // the scale word is part of the number
  return text;
}

}  // namespace banmian
