#pragma once
// Values that name something defined elsewhere in the same file (a font role, a style).
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "load/yaml_value.h"

namespace banmian::load {

// "unknown font role 'sog'; did you mean 'song'?"
std::string unknownNameMessage(const std::string& name, std::string_view kind, const std::vector<std::string>& known);
// The same as an error: message "unknown font role 'sog'" (after `prefix`), hint "did you mean 'song'?"; with no
// name close enough, the defined names end the message.
InputError unknownNameError(const SourceLocation& where, const std::string& name, std::string_view kind,
                            const std::vector<std::string>& known, const std::string& prefix = "");
// The same message, at the value.
[[noreturn]] void failUnknownName(const YamlValue& value, const std::string& name, std::string_view kind,
                                  const std::vector<std::string>& known);

template <class Named>
std::string asReference(const YamlValue& value, const std::map<std::string, Named>& known, std::string_view kind) {
  std::string name = asString(value);
  if (known.contains(name)) return name;
  std::vector<std::string> names;
  for (const auto& entry : known) names.push_back(entry.first);
  failUnknownName(value, name, kind, names);
}

}  // namespace banmian::load
