#include "load/name_reference.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "load/edit_distance.h"

namespace banmian::load {

std::string unknownNameMessage(const std::string& name, std::string_view kind, const std::vector<std::string>& known) {
  std::string hint = didYouMean(name, known);
  if (hint.empty()) hint = known.empty() ? std::string(" (none is defined)") : fmt::format(" (defined: {})", fmt::join(known, ", "));
  return fmt::format("unknown {} '{}'{}", kind, name, hint);
}

InputError unknownNameError(const SourceLocation& where, const std::string& name, std::string_view kind,
                            const std::vector<std::string>& known, const std::string& prefix) {
  const std::string hint = suggestion(name, known);
  if (hint.empty()) return InputError(where, prefix + unknownNameMessage(name, kind, known));
  return InputError(where, fmt::format("{}unknown {} '{}'", prefix, kind, name), hint);
}

void failUnknownName(const YamlValue& value, const std::string& name, std::string_view kind,
                     const std::vector<std::string>& known) {
  throw unknownNameError(value.where, name, kind, known);
}

}  // namespace banmian::load
