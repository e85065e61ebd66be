#include "resolve/print_check.h"

#include <fmt/format.h>
#include <fontconfig/fontconfig.h>

#include <string_view>

#include "base/diagnostics.h"
#include "base/utf8.h"

namespace banmian::resolve {
namespace {

struct FontFile {
  std::string file;
  std::string format;  // fontconfig's "TrueType", "CFF", "Type 1", ...
};

std::vector<FontFile> fontFiles(const std::string& family) {
  FcPattern* pattern = FcPatternCreate();
  FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
  FcObjectSet* objects = FcObjectSetBuild(FC_FILE, FC_FONTFORMAT, nullptr);
  FcFontSet* fonts = FcFontList(nullptr, pattern, objects);
  std::vector<FontFile> files;
  for (int i = 0; fonts && i < fonts->nfont; ++i) {
    FcChar8* file = nullptr;
    FcChar8* format = nullptr;
    FcPatternGetString(fonts->fonts[i], FC_FILE, 0, &file);
    FcPatternGetString(fonts->fonts[i], FC_FONTFORMAT, 0, &format);
    files.push_back({file ? reinterpret_cast<const char*>(file) : "",
                     format ? reinterpret_cast<const char*>(format) : "unknown"});
  }
  if (fonts) FcFontSetDestroy(fonts);
  FcObjectSetDestroy(objects);
  FcPatternDestroy(pattern);
  return files;
}

void checkText(std::string_view text, const SourceLocation& where) {
  for (size_t pos = 0; pos < text.size();) {
    char32_t c = utf8::next(text, pos);
    if (c <= 0xFFFF) continue;
    std::string character;
    utf8::append(character, c);
    throw InputError(where, fmt::format("character '{}' (U+{:X}) is beyond U+FFFF: the print backend (libharu) "
                                        "cannot draw it (it would come out as a space)",
                                        character, static_cast<uint32_t>(c)));
  }
}

void checkBlocks(const std::vector<model::Block>& blocks) {
  for (const auto& block : blocks)
    for (const auto& span : block.spans) checkText(span.text, span.where);
}

}  // namespace

void checkPrintFonts(const std::map<std::string, model::FontRole>& roles) {
  for (const auto& [name, role] : roles) {
    std::vector<std::string> families = role.families;
    if (!role.latin.empty()) families.push_back(role.latin);  // its Latin letters are drawn too
    for (const auto& family : families)
      for (const FontFile& font : fontFiles(family))  // none when not installed (resolve has warned)
        if (font.format != "TrueType")
          throw InputError(role.where, fmt::format("font '{}' of role '{}' is {} ({}); the print backend (libharu) "
                                                   "takes TrueType fonts only",
                                                   family, name, font.format, font.file));
  }
}

void checkPrintableText(const model::Document& d) {
  for (const auto& [name, field] : d.fields) checkText(field.text, field.where);
  if (d.publication) {
    checkText(d.publication->paper, d.publication->where);
    checkText(d.publication->section, d.publication->where);
  }
  for (const auto& [name, story] : d.stories) checkBlocks(story.blocks);
  for (const auto& photo : d.photos) checkText(photo.caption, photo.where);
  for (const auto& metric : d.metrics) {
    checkText(metric.name, metric.where);
    checkText(metric.unit, metric.where);
  }
}

}  // namespace banmian::resolve
