#pragma once
// `banmian fonts`: which file each family of a layout's font roles resolves to, and which font each
// character of a sample text falls to when set in a role, found the way the typesetter finds it (Pango's
// itemization and per-character fallback over the role's installed families).
#include <string>

#include <banmian/banmian.h>

#include "base/diagnostics.h"

namespace banmian::pipeline {

// The report without messages: the roles' warnings (a family not installed) go to `diagnostics`.
// Throws InputError for a bad layout or a role with no installed font.
FontReport fontReport(const std::string& layout, const std::string& text, FontSet fonts, DiagnosticSink& diagnostics);

}  // namespace banmian::pipeline
