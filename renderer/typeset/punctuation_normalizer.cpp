#include "typeset/punctuation_normalizer.h"

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

}  // namespace

std::u32string normalizePunctuation(std::u32string_view text) {
  std::u32string out(text);
  for (size_t i = 0; i < out.size(); ++i) {
    char32_t wide = fullWidth(out[i]);
    if (!wide) continue;
    char32_t before = i > 0 ? out[i - 1] : 0;
    char32_t after = i + 1 < out.size() ? out[i + 1] : 0;
    // An opening bracket belongs to what follows, a closing one to what precedes; other marks look both ways.
    bool chinese = out[i] == '(' ? isChineseContext(after) || isChineseContext(before)
                   : out[i] == ')' ? isChineseContext(before) || isChineseContext(after)
                                  : isChineseContext(before) || isChineseContext(after);
    if (chinese) out[i] = wide;
  }
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
  std::u32string normalized = normalizePunctuation(all);
  size_t at = 0;
  for (size_t r = 0; r < paragraph.runs.size(); ++r) {
    paragraph.runs[r].text = utf8::encode(std::u32string_view(normalized).substr(at, lengths[r]));
    at += lengths[r];
  }
}

}  // namespace banmian::typeset
