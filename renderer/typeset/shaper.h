#pragma once
// Shapes styled paragraphs with Pango (itemization and per-character font fallback) and HarfBuzz (through
// Pango). Pango's own line breaking and justification are not used: see platform-notes.md.
#include <map>
#include <memory>
#include <string>
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

  std::unique_ptr<FontMap> own_fonts_;
  PangoContext* context_ = nullptr;
  std::vector<display::FontFace> fonts_;
  std::map<PangoFont*, int> font_indices_;
  ShapedRunCache runs_;
  size_t runs_shaped_ = 0;
};

}  // namespace banmian::typeset
