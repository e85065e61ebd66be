#include "export/haru_text.h"

#include <fmt/format.h>

#include "base/utf8.h"
#include "export/canvas.h"
#include "export/export_error.h"

namespace banmian::exporter {
namespace {

std::string describeCharacter(char32_t c) {
  std::string text;
  utf8::append(text, c);
  return fmt::format("'{}' (U+{:04X})", text, static_cast<uint32_t>(c));
}

void checkDrawable(char32_t c, uint32_t shaped, uint32_t mapped, const display::GlyphRun& run,
                   const std::string& font_name) {
  if (c > 0xFFFF)
    throw ExportError(fmt::format("character {} in \"{}\" is beyond U+FFFF: the print backend (libharu) cannot "
                                  "draw it (it would come out as a space)", describeCharacter(c), run.text));
  if (mapped != shaped)
    throw ExportError(fmt::format("character {} in \"{}\" was shaped to glyph {} of {}, but the font's cmap gives "
                                  "glyph {}; the print backend (libharu) can only draw the cmap's glyph",
                                  describeCharacter(c), run.text, shaped, font_name, mapped));
}

}  // namespace

std::vector<PlacedCharacter> placeCharacters(const display::GlyphRun& run,
                                             const std::function<uint32_t(char32_t)>& cmap_glyph,
                                             const std::string& font_name) {
  if (run.glyphs.empty()) return {};
  if (run.text.empty())
    throw ExportError(fmt::format("a glyph run in {} has no text; the print backend (libharu) draws characters, "
                                  "not glyph ids", font_name));
  checkClusters(run);  // a cluster of no characters then fails below: it is drawn with no character
  std::vector<PlacedCharacter> placed;
  placed.reserve(run.glyphs.size());
  size_t byte = 0, glyph = 0;
  for (const auto& cluster : run.clusters) {
    std::u32string characters = utf8::decode(std::string_view(run.text).substr(byte, cluster.bytes));
    if (characters.size() != static_cast<size_t>(cluster.glyphs))
      throw ExportError(fmt::format("\"{}\" in \"{}\" is drawn with {} glyph(s) of {}; the print backend (libharu) "
                                    "draws exactly one glyph per character", run.text.substr(byte, cluster.bytes),
                                    run.text, cluster.glyphs, font_name));
    for (char32_t c : characters) {
      const display::Glyph& g = run.glyphs[glyph++];
      checkDrawable(c, g.id, c > 0xFFFF ? 0 : cmap_glyph(c), run, font_name);
      placed.push_back({c, run.origin.x + g.x, run.origin.y + g.y});
    }
    byte += static_cast<size_t>(cluster.bytes);
  }
  return placed;
}

}  // namespace banmian::exporter
