#include "typeset/punctuation_normalizer.h"

#include <vector>

#include "base/utf8.h"
#include "typeset/char_class.h"

namespace banmian::typeset {
namespace {

char32_t fullWidth(char32_t c) {
  switch (c) {
    case ',': return U'，';
    case ';': return U'；';
    case ':': return U'：';
    case '!': return U'！';
    case '?': return U'？';
    case '(': return U'（';
    case ')': return U'）';
    default: return 0;
  }
}

// Chinese context: a Han character or a full-width mark.
bool isChineseContext(char32_t c) {
  if (isHan(c)) return true;
  CharClass k = classify(c);
  return c >= 0x3000 && (k == CharClass::Opening || k == CharClass::Closing || k == CharClass::Pause ||
                         k == CharClass::Stop || k == CharClass::Inseparable);
}

char32_t at(std::u32string_view text, size_t i) { return i < text.size() ? text[i] : 0; }
char32_t before(std::u32string_view text, size_t i) { return i > 0 ? text[i - 1] : 0; }
bool touchesChinese(std::u32string_view text, size_t i) {
  return isChineseContext(before(text, i)) || isChineseContext(at(text, i + 1));
}

// Brackets are normalised as pairs: （CPI) and (CPI） become （CPI）, never one of each.
void widenBracketPairs(std::u32string& text, std::vector<bool>& paired) {
  std::vector<size_t> open;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '(' || text[i] == U'（') {
      open.push_back(i);
    } else if ((text[i] == ')' || text[i] == U'）') && !open.empty()) {
      size_t o = open.back();
      open.pop_back();
      bool wide = text[o] == U'（' || text[i] == U'）' || touchesChinese(text, o) || touchesChinese(text, i);
      if (wide) text[o] = U'（', text[i] = U'）';
      paired[o] = paired[i] = true;
    }
  }
}

bool isLatinOrDigit(char32_t c) { return isLatinLetter(c) || (c >= '0' && c <= '9'); }

// Straight quotes become “” and ‘’, alternating opening and closing, in a text that holds Chinese. An '
// between letters or digits is an apostrophe or a prime and stays.
void curlQuotes(std::u32string& text) {
  bool chinese = false;
  for (char32_t c : text) chinese = chinese || isHan(c);
  if (!chinese) return;
  bool double_open = false, single_open = false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '"') {
      text[i] = double_open ? U'”' : U'“';
      double_open = !double_open;
    } else if (text[i] == '\'' && !(isLatinOrDigit(before(text, i)) && isLatinOrDigit(at(text, i + 1)))) {
      text[i] = single_open ? U'’' : U'‘';
      single_open = !single_open;
    }
  }
}

}  // namespace

std::u32string normalizePunctuation(std::u32string_view text, const NormalizeOptions& options) {
  std::u32string out(text);
  std::vector<bool> paired(out.size(), false);
  widenBracketPairs(out, paired);
  for (size_t i = 0; i < out.size(); ++i) {
    char32_t wide = fullWidth(out[i]);
    if (wide && !paired[i] && touchesChinese(out, i)) out[i] = wide;
  }
  if (options.curly_quotes) curlQuotes(out);
  return out;
}

void normalizePunctuation(StyledParagraph& paragraph) {
  std::u32string all;
  std::vector<size_t> lengths;
  for (const auto& run : paragraph.runs) {
    std::u32string t = utf8::decode(run.text);
    lengths.push_back(t.size());
    all += t;
  }
  std::u32string normalized = normalizePunctuation(all, {paragraph.format.curly_quotes});
  size_t at = 0;
  for (size_t r = 0; r < paragraph.runs.size(); ++r) {
    paragraph.runs[r].text = utf8::encode(std::u32string_view(normalized).substr(at, lengths[r]));
    at += lengths[r];
  }
}

}  // namespace banmian::typeset
