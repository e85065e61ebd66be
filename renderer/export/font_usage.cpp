#include "export/font_usage.h"

#include <algorithm>
#include <string>
#include <variant>

#include "export/export_error.h"

namespace banmian::exporter {
namespace {

// Appends the code points of a UTF-8 string; malformed bytes are skipped (they only feed the cmap).
void decodeUtf8(const std::string& s, std::vector<uint32_t>& out) {
  for (size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) {
      ++i;
      continue;
    }
    uint32_t cp = len == 1 ? b : b & (0x7F >> len);
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += len;
  }
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
      decodeUtf8(run->text, u.codepoints);
    }
  for (FontUsage& u : usage) {
    sortUnique(u.glyphs);
    sortUnique(u.codepoints);
  }
  return usage;
}

}  // namespace banmian::exporter
