#pragma once
// The character classes of W3C clreq (Requirements for Chinese Text Layout) that line breaking and
// justification need. Classification is by code point only.
#include <cstdint>

namespace banmian::typeset {

enum class CharClass {
  Ideograph,        // Han characters and full-width letters: break anywhere between them
  Opening,          // （《「『“‘【〔〈: never at a line end
  Closing,          // ）》」』”’】〕〉: never at a line start
  Pause,            // ，、；：
  Stop,             // 。？！
  Inseparable,      // —— and ……: the two halves never part
  MiddleDot,        // ·
  Space,            // breakable white space
  Word,             // Latin letters, digits and the marks that glue them (. % + - / ²): a word breaks only at spaces
  Other,
};

CharClass classify(char32_t c);

// How the rules see an apostrophe between Latin letters (O’Neill, rock’n’roll): the shaper's clusters
// carry this code point as their `first` and `last` in place of ’ or ', so the word stays whole and
// the mark is no closing quote. The text keeps what was written.
constexpr char32_t kApostrophe = U'\u02BC';  // MODIFIER LETTER APOSTROPHE
bool isApostropheMark(char32_t c);
bool isLatinLetter(char32_t c);

// clreq: characters that must not start a line (closing brackets, pause and stop marks, %).
bool prohibitedAtLineStart(char32_t c);
// clreq: characters that must not end a line (opening brackets and quotes).
bool prohibitedAtLineEnd(char32_t c);
// Han ideographs, for the "lone character" rule and for punctuation normalisation.
bool isHan(char32_t c);
// Measure words and units that follow a number ("亿元", "个", "月"): a line does not break between them.
bool isMeasureUnit(char32_t c);
// Marks whose blank half may be compressed: brackets, quotes, pause and stop marks.
bool isCompressiblePunctuation(char32_t c);

}  // namespace banmian::typeset
