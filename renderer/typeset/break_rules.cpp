#include "typeset/char_class.h"
#include "typeset/line_breaker.h"

namespace banmian::typeset {
namespace {

bool isDigit(char32_t c) { return c >= '0' && c <= '9'; }

// A unit after a number stays with it ("19.34亿元", "8月", "2400余名" may still break after 2400).
bool unitOfPrecedingNumber(const std::vector<ShapedCluster>& clusters, size_t i) {
  if (!isMeasureUnit(clusters[i].first)) return false;
  char32_t before = clusters[i - 1].last;
  if (isDigit(before) || before == '%') return true;
  return i >= 2 && isMeasureUnit(before) && isDigit(clusters[i - 2].last);
}

bool basicRulesForbid(char32_t before, char32_t after) {
  return prohibitedAtLineStart(after) || prohibitedAtLineEnd(before);
}

bool gbRulesForbid(const std::vector<ShapedCluster>& clusters, size_t i) {
  char32_t before = clusters[i - 1].last, after = clusters[i].first;
  if (classify(after) == CharClass::Inseparable && before == after) return true;  // —— and …… stay whole
  return unitOfPrecedingNumber(clusters, i);
}

}  // namespace

bool mayBreakBefore(const std::vector<ShapedCluster>& clusters, size_t i, Kinsoku level) {
  if (i == 0 || i >= clusters.size()) return false;
  char32_t before = clusters[i - 1].last, after = clusters[i].first;
  CharClass b = classify(before), a = classify(after);
  if (a == CharClass::Space) return false;  // break after a space, so it can hang at the line end
  if (b == CharClass::Space) return true;
  if (a == CharClass::Word && b == CharClass::Word) return false;  // 19.34, 14.6%, 5+X, S104, Latin words
  if (level == Kinsoku::None) return true;
  if (basicRulesForbid(before, after)) return false;
  if (level == Kinsoku::Basic) return true;
  if (gbRulesForbid(clusters, i)) return false;
  if (level == Kinsoku::Strict && (a == CharClass::Inseparable || a == CharClass::MiddleDot)) return false;
  return true;
}

}  // namespace banmian::typeset
