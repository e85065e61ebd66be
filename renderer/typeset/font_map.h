#pragma once
// Pango's font map: the fonts fontconfig lists, the fallback lists matched for each font description
// and the faces loaded for shaping. Building them costs more than shaping a page, so whoever sets many
// documents keeps one (banmian batch: one per worker) and hands it to each Typesetter. A map is used by
// one thread at a time, as Pango requires.
typedef struct _PangoFontMap PangoFontMap;

namespace banmian::typeset {

class FontMap {
 public:
  FontMap();
  ~FontMap();
  FontMap(const FontMap&) = delete;
  FontMap& operator=(const FontMap&) = delete;

  PangoFontMap* get() const { return map_; }

 private:
  PangoFontMap* map_;
};

}  // namespace banmian::typeset
