#pragma once
// Calendar dates as data files write them (ISO 8601, 2020-08-24) and as Chinese pages print them.
#include <optional>
#include <string>
#include <string_view>

namespace banmian {

struct IsoDate {
  int year = 0;
  unsigned month = 0, day = 0;
};

// "2020-08-24" -> the date; anything else, or a day not in the calendar (2021-02-29), -> none.
std::optional<IsoDate> parseIsoDate(std::string_view text);

std::string chineseDate(const IsoDate& date);     // 2020年8月24日
std::string chineseWeekday(const IsoDate& date);  // 星期一

}  // namespace banmian
