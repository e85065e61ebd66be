#pragma once
// The masthead line (报眉) across the top of the page: paper name at the left, date and weekday in the
// middle, edition and section at the right.
#include <string>

#include "compose/compose_context.h"

namespace banmian::compose {

void composeMasthead(ComposeContext& ctx, const model::Frame& frame);

// "2020-08-24" -> "2020年8月24日 星期一". Throws InputError at `where` for a date that does not exist.
std::string chineseDate(const std::string& iso_date, const SourceLocation& where);

}  // namespace banmian::compose
