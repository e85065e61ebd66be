#pragma once
// Shapes styled paragraphs with Pango (itemization and per-character font fallback) and HarfBuzz (through
// Pango). Pango's own line breaking and justification are not used: see platform-notes.md.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "display/display_list.h"
#include "typeset/font_map.h"
#include "typeset/shaped_run_cache.h"
#include "typeset/shaped_text.h"
#include "typeset/styled_text.h"

typedef struct _PangoContext PangoContext;
typedef struct _PangoFont PangoFont;
typedef struct _PangoItem PangoItem;
typedef struct _PangoLanguage PangoLanguage;

namespace banmian::typeset {

class Shaper {
 public:
  // Shapes with `fonts` (which must outlive the shaper), or with a font map of its own.
  explicit Shaper(const FontMap* fonts = nullptr);
  ~Shaper();
  Shaper(const Shaper&) = delete;
  Shaper& operator=(const Shaper&) = delete;

  // Throws InputError (at the run's location) for a character that no font of the run's list has.
  // A run shaped before (same text, font and language) is not shaped again.
  std::vector<ShapedCluster> shape(const StyledParagraph& paragraph);
  // How many runs went through Pango: what the run cache saves shows here.
  size_t runsShaped() const { return runs_shaped_; }

  // The font files the clusters' `font` indices refer to.
  const std::vector<display::FontFace>& fonts() const { return fonts_; }

 private:
  void shapeRun(const StyledRun& run, int run_index, Language lang, std::vector<ShapedCluster>& out);
  std::vector<ShapedCluster> shapeWithPango(const StyledRun& run, Language lang);
  void shapeItem(const StyledRun& run, PangoItem* item, std::vector<ShapedCluster>& out);
  int fontIndex(PangoFont* font);
  // A glyph's advance and ink in the font's HarfBuzz units; `known` false when the font cannot say.
  struct GlyphInk {
    int32_t advance = 0;
    int32_t x_bearing = 0, width = 0;
    bool known = false;
  };
  void measureInk(PangoFont* font, ShapedCluster& c);
  const GlyphInk& inkOf(PangoFont* font, uint32_t glyph);

  std::unique_ptr<FontMap> own_fonts_;
  PangoContext* context_ = nullptr;
  std::vector<display::FontFace> fonts_;
  std::map<PangoFont*, int> font_indices_;  // each font held (referenced) while the shaper lives
  std::map<std::pair<PangoFont*, uint32_t>, GlyphInk> inks_;
  ShapedRunCache runs_;
  size_t runs_shaped_ = 0;
};

}  // namespace banmian::typeset
