#pragma once
// The one table of Han ideograph ranges, for the loader (soft line breaks) and the typesetter (clreq).
namespace banmian {

// CJK Unified Ideographs with extension A, the supplementary ideograph planes (extensions B on) and
// the compatibility ideographs.
constexpr bool isIdeograph(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x3FFFF) ||
         (c >= 0xF900 && c <= 0xFAFF);
}

}  // namespace banmian
