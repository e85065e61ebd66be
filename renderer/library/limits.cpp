// The public API's limits: the named bounds of base/limits.h.
#include <banmian/banmian.h>

#include "base/limits.h"

namespace banmian {

std::vector<LimitSetting> limitSettings() {
  std::vector<LimitSetting> settings;
  for (const Limit& l : limits()) settings.push_back({l.name, l.what, l.value});
  return settings;
}

void changeLimit(const std::string& name, double value) { setLimit(name, value); }

}  // namespace banmian
