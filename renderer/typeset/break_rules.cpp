#include "typeset/char_class.h"
#include "typeset/line_breaker.h"

namespace banmian::typeset {

bool mayBreakBefore(const std::vector<ShapedCluster>& clusters, size_t i) {
  if (i == 0 || i >= clusters.size()) return false;
  char32_t before = clusters[i - 1].last;
  char32_t after = clusters[i].first;
  CharClass b = classify(before), a = classify(after);
  if (a == CharClass::Space) return false;   // break after a space, so it can hang at the line end
  if (b == CharClass::Space) return true;
  if (prohibitedAtLineStart(after) || prohibitedAtLineEnd(before)) return false;
  if (a == CharClass::Inseparable && before == after) return false;  // —— and …… stay whole
  if (a == CharClass::Word && b == CharClass::Word) return false;    // 19.34, 14.6%, 5+X, S104
  return true;
}

}  // namespace banmian::typeset
