#include <array>
#include <string_view>

#include "typeset/char_class.h"
#include "typeset/line_breaker.h"

namespace banmian::typeset {
namespace {

bool isDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool endsNumber(char32_t c) { return isDigit(c) || c == '%'; }

// Units of more than one character that stay whole after a number ("2.4个百分点", "3.5平方公里"); any
// other run of measure words after a number keeps its first two ("19.34亿元", "8月").
constexpr std::array<std::u32string_view, 9> kUnitWords = {U"个百分点", U"百分点", U"平方公里", U"平方米",
                                                          U"公里", U"千米", U"公斤", U"千克", U"千瓦时"};

// The length of the unit that starts at clusters[at], right after a number: 0 when none does.
size_t unitLengthAt(const std::vector<ShapedCluster>& clusters, size_t at) {
  for (std::u32string_view word : kUnitWords) {
    if (at + word.size() > clusters.size()) continue;
    size_t k = 0;
    while (k < word.size() && clusters[at + k].first == word[k] && clusters[at + k].last == word[k]) ++k;
    if (k == word.size()) return k;
  }
  if (!isMeasureUnit(clusters[at].first)) return 0;
  return at + 1 < clusters.size() && isMeasureUnit(clusters[at + 1].first) ? 2 : 1;
}

// A number keeps its unit: no break between clusters[i - 1] and clusters[i] when both belong to the
// same number-and-unit ("19.34亿元", "2.4个百分点"; "2400余名" may still break after 2400).
bool insideNumberAndUnit(const std::vector<ShapedCluster>& clusters, size_t i) {
  constexpr size_t kLongestUnit = 4;
  for (size_t start = i; start + kLongestUnit + 1 > i && start >= 1; --start) {
    if (!endsNumber(clusters[start - 1].last)) continue;
    if (unitLengthAt(clusters, start) > i - start) return true;
    break;  // only the unit right after the nearest number counts
  }
  return false;
}

// A date stays whole: "8月15日", "2020年8月": no break after 年 or 月 that follows a number when a
// number follows.
bool insideDate(const std::vector<ShapedCluster>& clusters, size_t i) {
  char32_t before = clusters[i - 1].last;
  return (before == U'年' || before == U'月') && isDigit(clusters[i].first) && i >= 2 &&
         isDigit(clusters[i - 2].last);
}

// GB/T 15834 connectors: a single dash (北京—上海), never the two-em dash ——, keeps off a line start.
bool connectorAtLineStart(const std::vector<ShapedCluster>& clusters, size_t i) {
  if (clusters[i].first != U'—' || clusters[i - 1].last == U'—') return false;
  return i + 1 >= clusters.size() || clusters[i + 1].first != U'—';
}

bool basicRulesForbid(char32_t before, char32_t after) {
  return prohibitedAtLineStart(after) || prohibitedAtLineEnd(before);
}

bool gbRulesForbid(const std::vector<ShapedCluster>& clusters, size_t i) {
  char32_t before = clusters[i - 1].last, after = clusters[i].first;
  if (classify(after) == CharClass::Inseparable && before == after) return true;  // —— and …… stay whole
  return insideNumberAndUnit(clusters, i) || insideDate(clusters, i) || connectorAtLineStart(clusters, i);
}

}  // namespace

bool mayBreakBefore(const std::vector<ShapedCluster>& clusters, size_t i, Kinsoku level) {
  if (i == 0 || i >= clusters.size()) return false;
  char32_t before = clusters[i - 1].last, after = clusters[i].first;
  CharClass b = classify(before), a = classify(after);
  if (a == CharClass::Space) return false;  // break after a space, so it can hang at the line end
  if (b == CharClass::Space) return true;
  if (a == CharClass::Word && b == CharClass::Word) return false;  // 19.34, 14.6%, 5+X, S104, O’Neill
  if (level == Kinsoku::None) return true;
  if (basicRulesForbid(before, after)) return false;
  if (level == Kinsoku::Basic) return true;
  if (gbRulesForbid(clusters, i)) return false;
  if (level == Kinsoku::Strict && a == CharClass::Inseparable) return false;
  return true;
}

}  // namespace banmian::typeset
