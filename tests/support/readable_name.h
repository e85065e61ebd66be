#pragma once
// Test names for parameterised suites: gtest and ctest accept only [A-Za-z0-9_], and a name made of raw
// UTF-8 bytes cannot be selected with `ctest -R`. Chinese text becomes words: ideographs "Han", the marks
// their names, anything else its code point.
#include <cstdio>
#include <map>
#include <string>

namespace banmian::testing {

inline std::string codePointWord(char32_t c) {
  static const std::map<char32_t, const char*> kMarks = {
      {U'，', "comma"},   {U'。', "stop"},   {U'、', "enumcomma"}, {U'；', "semicolon"}, {U'：', "colon"},
      {U'？', "question"}, {U'！', "bang"},  {U'（', "lparen"},    {U'）', "rparen"},   {U'“', "lquote"},
      {U'”', "rquote"},   {U'《', "lbook"},  {U'》', "rbook"},     {U'—', "dash"},      {U'…', "ellipsis"},
      {U'·', "middot"},   {U'%', "percent"}, {U'+', "plus"},      {U'.', "point"},     {U',', "comma"},
      {U'(', "lparen"},   {U')', "rparen"},  {U'!', "bang"},      {U'?', "question"},  {U':', "colon"},
      {U';', "semicolon"}, {U' ', "space"}};
  if (auto it = kMarks.find(c); it != kMarks.end()) return it->second;
  if (c >= 0x4E00 && c <= 0x9FFF) return "Han";
  char buf[16];
  std::snprintf(buf, sizeof buf, "U%04X", static_cast<unsigned>(c));
  return buf;
}

// "中，国" -> "Han_comma_Han"; ASCII letters and digits stay as they are ("ab cd" -> "ab_space_cd").
inline std::string readableName(const std::string& utf8) {
  std::string out;
  bool in_word = false;  // inside a run of ASCII letters and digits
  for (size_t i = 0; i < utf8.size();) {
    const unsigned char b = utf8[i];
    const int length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t c = length == 1 ? b : b & (0x7F >> length);
    for (int k = 1; k < length && i + k < utf8.size(); ++k) c = (c << 6) | (utf8[i + k] & 0x3F);
    i += length;
    const bool alnum = c < 0x80 && std::isalnum(static_cast<int>(c));
    if (!out.empty() && !(alnum && in_word)) out += '_';
    out += alnum ? std::string(1, static_cast<char>(c)) : codePointWord(c);
    in_word = alnum;
  }
  return out.empty() ? "empty" : out;
}

}  // namespace banmian::testing
