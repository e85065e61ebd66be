#include "export/font_usage.h"

#include <algorithm>
#include <string>
#include <variant>

#include "base/utf8.h"
#include "export/export_error.h"

namespace banmian::exporter {
namespace {

// Appends the code points of a UTF-8 string. Text reaches the display list checked (load/text_file.h),
// so a U+FFFD here is the decoder's mark for a malformed byte and is left out of the cmap.
void appendCodepoints(const std::string& s, std::vector<uint32_t>& out) {
  for (size_t pos = 0; pos < s.size();)
    if (const char32_t c = utf8::next(s, pos); c != 0xFFFD) out.push_back(c);
}

void sortUnique(std::vector<uint32_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

std::vector<FontUsage> collectFontUsage(const display::Document& doc) {
  std::vector<FontUsage> usage(doc.fonts.size());
  for (const auto& page : doc.pages)
    for (const auto& item : page.items) {
      const auto* run = std::get_if<display::GlyphRun>(&item);
      if (!run) continue;
      if (run->font < 0 || static_cast<size_t>(run->font) >= usage.size())
        throw ExportError("glyph run refers to font " + std::to_string(run->font) + " of " +
                          std::to_string(usage.size()));
      FontUsage& u = usage[static_cast<size_t>(run->font)];
      for (const auto& g : run->glyphs) u.glyphs.push_back(g.id);
      appendCodepoints(run->text, u.codepoints);
    }
  for (FontUsage& u : usage) {
    sortUnique(u.glyphs);
    sortUnique(u.codepoints);
  }
  return usage;
}

}  // namespace banmian::exporter
