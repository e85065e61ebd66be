#pragma once
// Font roles name fallback lists of families; fontconfig says which are installed. A missing family is a
// warning (the next one serves); a role with none installed is an error at the role's definition.
#include <map>
#include <string>

#include "base/diagnostics.h"
#include "load/model.h"

namespace banmian::resolve {

std::map<std::string, std::string> resolveFontRoles(const std::map<std::string, model::FontRole>& roles,
                                                    DiagnosticSink& diagnostics);

// True when fontconfig knows a font whose family is exactly `family`.
bool familyInstalled(const std::string& family);

}  // namespace banmian::resolve
