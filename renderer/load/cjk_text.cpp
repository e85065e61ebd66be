#include "load/cjk_text.h"

namespace banmian::load {
namespace {

bool isContinuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Decodes the UTF-8 sequence at text[pos]; bad sequences give U+FFFD, which is not CJK.
char32_t decodeAt(std::string_view text, size_t pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  int length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  if (length == 0 || pos + length > text.size()) return U'\uFFFD';
  if (length == 1) return lead;
  char32_t c = lead & (0x7F >> length);
  for (int i = 1; i < length; ++i) {
    const auto byte = static_cast<unsigned char>(text[pos + i]);
    if (!isContinuation(byte)) return U'\uFFFD';
    c = (c << 6) | (byte & 0x3F);
  }
  return c;
}

char32_t firstCodePoint(std::string_view text) { return text.empty() ? 0 : decodeAt(text, 0); }

char32_t lastCodePoint(std::string_view text) {
  if (text.empty()) return 0;
  size_t pos = text.size() - 1;
  while (pos > 0 && isContinuation(static_cast<unsigned char>(text[pos]))) --pos;
  return decodeAt(text, pos);
}

// Punctuation that Chinese text shares with Western text (curly quotes, dashes, ellipsis): CJK when
// next to a CJK character.
bool isSharedPunctuation(char32_t c) { return (c >= 0x2014 && c <= 0x201D) || c == 0x2026; }

}  // namespace

bool isCjk(char32_t c) {
  return (c >= 0x2E80 && c <= 0x9FFF)      // radicals, CJK symbols and punctuation, kana, ideographs
         || (c >= 0xF900 && c <= 0xFAFF)   // compatibility ideographs
         || (c >= 0xFE30 && c <= 0xFE4F)   // compatibility forms
         || (c >= 0xFF00 && c <= 0xFFEF)   // full-width forms
         || (c >= 0x20000 && c <= 0x3FFFF);  // ideograph extensions
}

std::string softBreakJoiner(std::string_view before, std::string_view after) {
  const char32_t a = lastCodePoint(before), b = firstCodePoint(after);
  const bool both_cjk = (isCjk(a) || isSharedPunctuation(a)) && (isCjk(b) || isSharedPunctuation(b));
  return both_cjk && (isCjk(a) || isCjk(b)) ? "" : " ";
}

}  // namespace banmian::load
