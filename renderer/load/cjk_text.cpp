#include "load/cjk_text.h"

#include "base/ideograph.h"
#include "base/utf8.h"

namespace banmian::load {
namespace {

char32_t firstCodePoint(std::string_view text) {
  size_t pos = 0;
  return text.empty() ? 0 : utf8::next(text, pos);
}

char32_t lastCodePoint(std::string_view text) {
  if (text.empty()) return 0;
  size_t pos = utf8::lastStart(text);
  return utf8::next(text, pos);
}

// Punctuation that Chinese text shares with Western text (curly quotes, dashes, ellipsis): CJK when
// next to a CJK character.
bool isSharedPunctuation(char32_t c) { return (c >= 0x2014 && c <= 0x201D) || c == 0x2026; }

}  // namespace

bool isCjk(char32_t c) {
  return isIdeograph(c)
         || (c >= 0x2E80 && c <= 0x4DFF)   // radicals, CJK symbols and punctuation, kana
         || (c >= 0xFE30 && c <= 0xFE4F)   // compatibility forms
         || (c >= 0xFF00 && c <= 0xFFEF);  // full-width forms
}

std::string softBreakJoiner(std::string_view before, std::string_view after) {
  const char32_t a = lastCodePoint(before), b = firstCodePoint(after);
  const bool both_cjk = (isCjk(a) || isSharedPunctuation(a)) && (isCjk(b) || isSharedPunctuation(b));
  return both_cjk && (isCjk(a) || isCjk(b)) ? "" : " ";
}

}  // namespace banmian::load
