#include "resolve/font_resolver.h"

#include <fmt/format.h>
#include <fontconfig/fontconfig.h>

namespace banmian::resolve {

bool familyInstalled(const std::string& family) {
  FcPattern* pattern = FcPatternCreate();
  FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
  FcObjectSet* objects = FcObjectSetBuild(FC_FAMILY, nullptr);
  FcFontSet* fonts = FcFontList(nullptr, pattern, objects);
  bool found = fonts && fonts->nfont > 0;
  if (fonts) FcFontSetDestroy(fonts);
  FcObjectSetDestroy(objects);
  FcPatternDestroy(pattern);
  return found;
}

std::map<std::string, std::string> resolveFontRoles(const std::map<std::string, model::FontRole>& roles,
                                                    DiagnosticSink& diagnostics) {
  std::map<std::string, std::string> out;
  for (const auto& [name, role] : roles) {
    std::string families;
    for (const auto& family : role.families) {
      if (!familyInstalled(family)) {
        diagnostics.warn(role.where, fmt::format("font '{}' of role '{}' is not installed", family, name));
        continue;
      }
      families += (families.empty() ? "" : ",") + family;
    }
    if (families.empty())
      throw InputError(role.where, fmt::format("no font of role '{}' is installed (tried {})", name,
                                               fmt::join(role.families, ", ")));
    out[name] = families;
    if (!role.latin.empty() && !familyInstalled(role.latin))
      diagnostics.warn(role.where, fmt::format("Latin font '{}' of role '{}' is not installed: Latin letters "
                                               "and digits fall back to the role's fonts", role.latin, name));
  }
  return out;
}

}  // namespace banmian::resolve
