#pragma once
// Just enough Unicode to decide how a Markdown soft line break joins two lines.
#include <string>
#include <string_view>

namespace banmian::load {

// Chinese (and Japanese) script, CJK punctuation and full-width forms.
bool isCjk(char32_t c);

// What a soft line break between `before` and `after` becomes: nothing between two CJK characters
// (a line break inside Chinese prose is not a word space; curly quotes, dashes and the ellipsis next
// to a CJK character count as CJK), otherwise one space.
std::string softBreakJoiner(std::string_view before, std::string_view after);

}  // namespace banmian::load
