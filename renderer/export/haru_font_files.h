#pragma once
// The font files libharu reads. libharu 2.3 embeds only the glyph outlines a page uses but copies
// every other table whole (cmap, hmtx, loca, name... for tens of thousands of glyphs), and it loads
// TrueType only from a file. So each face is first subset with HarfBuzz to what the document draws in
// it, and the subset is held in an in-memory file (nothing on disk to leak when the run is killed).
// libharu keeps reading that file until the PDF is saved (the glyph outlines are copied at save time),
// so this object must outlive the libharu document.
#include <optional>
#include <string>
#include <vector>

#include "display/display_list.h"
#include "export/font_usage.h"
#include "export/memory_file.h"

namespace banmian::exporter {

// A face as a file and a face index in it.
struct FontSource {
  std::string file;
  int index = 0;
  bool subset = false;  // a HarfBuzz subset in memory, not the font as installed
};

class HaruFontFiles {
 public:
  // Collects what every font of `doc` draws (throws ExportError when a run names a missing font).
  explicit HaruFontFiles(const display::Document& doc);

  // Document::fonts[index] subset to what the document draws in it, with glyph ids unchanged; the
  // original face when subsetting or writing the subset fails. Subsets on first call.
  const FontSource& source(int index);
  // Document::fonts[index] as installed.
  FontSource original(int index) const;

 private:
  std::optional<FontSource> writeSubset(int index);

  const std::vector<display::FontFace>& faces_;
  std::vector<FontUsage> usage_;
  std::vector<std::optional<FontSource>> sources_;
  std::vector<MemoryFile> subsets_;  // the files sources_ name; without memfd every face is the original
};

}  // namespace banmian::exporter
