#include "compose/masthead.h"

#include <fmt/format.h>

#include <chrono>
#include <cstdio>

#include "compose/text_frame.h"

namespace banmian::compose {

std::string chineseDate(const std::string& iso_date, const SourceLocation& where) {
  int y = 0;
  unsigned m = 0, d = 0;
  char tail = 0;
  if (std::sscanf(iso_date.c_str(), "%d-%u-%u%c", &y, &m, &d, &tail) != 3)
    throw InputError(where, fmt::format("'{}' is not a date of the form 2020-08-24", iso_date));
  std::chrono::year_month_day date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!date.ok()) throw InputError(where, fmt::format("'{}' is not a date in the calendar", iso_date));
  static const char* kWeekdays[] = {"日", "一", "二", "三", "四", "五", "六"};
  unsigned weekday = std::chrono::weekday{std::chrono::sys_days{date}}.c_encoding();
  return fmt::format("{}年{}月{}日 星期{}", y, m, d, kWeekdays[weekday]);
}

void composeMasthead(ComposeContext& ctx, const model::Frame& frame) {
  const model::Publication& pub = ctx.document.publication;
  const model::ParagraphStyle& base = ctx.styles.paragraphStyle(frame.style);
  std::string parts[3] = {pub.paper, chineseDate(pub.date, pub.where),
                          fmt::format("第{}版　{}", pub.edition, pub.section)};
  model::Align aligns[3] = {model::Align::Start, model::Align::Center, model::Align::End};
  for (int i = 0; i < 3; ++i) {
    model::ParagraphStyle style = base;
    style.align = style.last_line = aligns[i];
    style.indent = 0;
    TextBox box{ctx.grid.area(frame.area), &style, frame.valign, frame.name, frame.where};
    setTextBox(ctx, box, {ctx.styles.paragraph(parts[i], style, pub.where)});
  }
}

}  // namespace banmian::compose
