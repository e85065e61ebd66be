#pragma once
// UTF-8 <-> UTF-32 for the typesetter's per-character rules. Input is trusted to be valid UTF-8
// (yaml-cpp and cmark hand us valid text); invalid bytes decode as U+FFFD.
#include <string>
#include <string_view>

namespace banmian::utf8 {

std::u32string decode(std::string_view text);
std::string encode(std::u32string_view text);
void append(std::string& out, char32_t c);
// Decodes the code point starting at `pos` and advances `pos` past it.
char32_t next(std::string_view text, size_t& pos);
// Where the last code point of a non-empty text starts (stepping back over continuation bytes).
size_t lastStart(std::string_view text);
// The offset of the first byte that does not begin or continue a well-formed UTF-8 sequence (overlong
// forms, surrogates and code points beyond U+10FFFF included), or npos when the text is valid.
size_t firstInvalidByte(std::string_view text);

}  // namespace banmian::utf8
