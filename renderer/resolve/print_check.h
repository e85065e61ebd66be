#pragma once
// Checks for the print backend (libharu), made before anything is shaped so that the user gets a
// located error rather than an export failure: every installed family of the print font roles must
// be TrueType (libharu cannot embed CFF), and no character of the content may lie beyond U+FFFF
// (libharu draws those as spaces).
#include <map>
#include <string>

#include "load/model.h"

namespace banmian::resolve {

// Throws InputError at the role's definition naming the CFF family and its file.
void checkPrintFonts(const std::map<std::string, model::FontRole>& roles);

// Throws InputError at the text's location naming the first character beyond U+FFFF.
void checkPrintableText(const model::Document& document);

}  // namespace banmian::resolve
