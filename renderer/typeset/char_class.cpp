#include "typeset/char_class.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <string_view>

#include "base/ideograph.h"

namespace banmian::typeset {
namespace {

bool in(std::u32string_view set, char32_t c) { return set.find(c) != std::u32string_view::npos; }

// GB/T 15834's marks (and their half-width forms). The full-width full stop ． is a stop mark, used in
// scientific text in place of 。.
constexpr std::u32string_view kOpening = U"（《「『“‘【〔〈〖〘［｛([{";
constexpr std::u32string_view kClosing = U"）》」』”’】〕〉〗〙］｝)]}";
constexpr std::u32string_view kPause = U"，、；：,;:";
constexpr std::u32string_view kStop = U"。？！．.?!";

}  // namespace

bool isHan(char32_t c) { return isIdeograph(c); }

namespace {

CharClass classifySlowly(char32_t c) {
  if (isHan(c)) return CharClass::Ideograph;
  if (in(kOpening, c)) return CharClass::Opening;
  if (in(kClosing, c)) return CharClass::Closing;
  if (c == U'—' || c == U'…') return CharClass::Inseparable;
  if (c == U'·' || c == U'・' || c == U'‧') return CharClass::MiddleDot;
  if (c == kApostrophe) return CharClass::Word;
  if (c == U' ' || c == U'\t' || c == 0x3000) return CharClass::Space;
  // ASCII marks inside numbers and words ("19.34", "14.6%", "5+X", "S104") stay with them.
  if (c < 0x80 && (c == '.' || c == '%' || c == '+' || c == '-' || c == '/' || c == ',' || c == ':'))
    return CharClass::Word;
  if (in(kPause, c)) return CharClass::Pause;
  if (in(kStop, c)) return CharClass::Stop;
  if ((c >= '0' && c <= '9') || isLatinLetter(c) || c == U'²' || c == U'³' || c == U'‰') return CharClass::Word;
  if (c >= 0x2160 && c <= 0x217F) return CharClass::Ideograph;  // Roman numerals such as Ⅱ stand alone
  if (c >= 0xFF01 && c <= 0xFF5E) return CharClass::Ideograph;  // full-width forms
  return CharClass::Other;
}

// The class of each BMP character plus one; 0 for one not classified yet. Zero-initialized storage, so
// it costs nothing before a character is asked for. Atomic because documents may be set on several
// threads at once: two threads classifying one character store the same value.
constinit std::array<std::atomic<uint8_t>, 0x10000> known_classes{};

}  // namespace

// The line breaker asks for classes millions of times, but of a few hundred distinct characters: each is
// classified once, when first asked for. (Tabulating the whole BMP up front cost more than shaping a
// page, at every start of the process.)
CharClass classify(char32_t c) {
  if (c >= known_classes.size()) return classifySlowly(c);
  std::atomic<uint8_t>& slot = known_classes[c];
  uint8_t known = slot.load(std::memory_order_relaxed);
  if (known == 0) {
    known = static_cast<uint8_t>(static_cast<uint8_t>(classifySlowly(c)) + 1);
    slot.store(known, std::memory_order_relaxed);
  }
  return static_cast<CharClass>(known - 1);
}

bool prohibitedAtLineStart(char32_t c) {
  CharClass k = classify(c);
  return k == CharClass::Closing || k == CharClass::Pause || k == CharClass::Stop || k == CharClass::MiddleDot ||
         c == U'%' || c == U'‰' || c == U'～' || c == U'〜';
}

bool prohibitedAtLineEnd(char32_t c) { return classify(c) == CharClass::Opening; }

bool isMeasureUnit(char32_t c) {
  static constexpr std::u32string_view kUnits =
      U"亿万千百元角个年月日时分秒人户家亩套栋所名支条项次份只例天米吨斤岁倍度周号层位台辆件座批成";
  return in(kUnits, c);
}

bool isLatinLetter(char32_t c) {
  // Latin-1 to Latin Extended-B, × and ÷ with them: they glue numbers as letters glue words.
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0x24F);
}

bool isApostropheMark(char32_t c) { return c == U'’' || c == '\'' || c == kApostrophe; }

bool isCompressiblePunctuation(char32_t c) {
  CharClass k = classify(c);
  // ASCII marks are already half-width; only the full-width forms have a blank half to give.
  return c >= 0x2000 && (k == CharClass::Opening || k == CharClass::Closing || k == CharClass::Pause ||
                         k == CharClass::Stop);
}

}  // namespace banmian::typeset
