#include "base/iso_date.h"

#include <charconv>
#include <chrono>

#include <fmt/format.h>

namespace banmian {
namespace {

int digitsAt(std::string_view text, size_t pos, size_t count) {
  int number = -1;
  const char* first = text.data() + pos;
  if (!std::isdigit(static_cast<unsigned char>(*first))) return -1;
  const auto [end, error] = std::from_chars(first, first + count, number);
  return error == std::errc() && end == first + count ? number : -1;
}

std::chrono::year_month_day calendar(const IsoDate& date) {
  return {std::chrono::year{date.year}, std::chrono::month{date.month}, std::chrono::day{date.day}};
}

}  // namespace

std::optional<IsoDate> parseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const int year = digitsAt(text, 0, 4), month = digitsAt(text, 5, 2), day = digitsAt(text, 8, 2);
  if (year < 0 || month < 0 || day < 0) return std::nullopt;
  const IsoDate date{year, static_cast<unsigned>(month), static_cast<unsigned>(day)};
  if (!calendar(date).ok()) return std::nullopt;
  return date;
}

std::string chineseDate(const IsoDate& date) { return fmt::format("{}年{}月{}日", date.year, date.month, date.day); }

std::string chineseWeekday(const IsoDate& date) {
  static const char* kWeekdays[] = {"日", "一", "二", "三", "四", "五", "六"};
  return std::string("星期") + kWeekdays[std::chrono::weekday{std::chrono::sys_days{calendar(date)}}.c_encoding()];
}

}  // namespace banmian
