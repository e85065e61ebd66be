#include "export/haru_font_files.h"

#include <hb.h>

#include "export/font_subsetter.h"

namespace banmian::exporter {
namespace {

// libharu measures the cap height and the x-height (the FontDescriptor's /XHeight) on the outlines its
// cmap gives 'H' and 'x'; without them in the subset's cmap /XHeight would be 0. Keeping the two
// mapped costs only their cmap and metrics entries: libharu embeds the outlines of drawn glyphs only.
constexpr uint32_t kMeasuredByLibharu[] = {'H', 'x'};

std::optional<MemoryFile> memoryFileOf(hb_blob_t* blob) {
  unsigned length = 0;
  const char* data = hb_blob_get_data(blob, &length);
  return MemoryFile::create("banmian-font", data, length);
}

}  // namespace

HaruFontFiles::HaruFontFiles(const display::Document& doc)
    : faces_(doc.fonts),
      usage_(collectFontUsage(doc)),
      sources_(doc.fonts.size()) {}

FontSource HaruFontFiles::original(int index) const {
  const display::FontFace& f = faces_.at(static_cast<size_t>(index));
  return {f.file, f.index, false};
}

const FontSource& HaruFontFiles::source(int index) {
  std::optional<FontSource>& source = sources_.at(static_cast<size_t>(index));
  if (!source) {
    source = writeSubset(index);
    if (!source) source = original(index);
  }
  return *source;
}

std::optional<FontSource> HaruFontFiles::writeSubset(int index) {
  const FontUsage& usage = usage_[static_cast<size_t>(index)];
  if (usage.glyphs.empty()) return std::nullopt;
  std::vector<uint32_t> codepoints = usage.codepoints;
  codepoints.insert(codepoints.end(), std::begin(kMeasuredByLibharu), std::end(kMeasuredByLibharu));
  const display::FontFace& f = faces_[static_cast<size_t>(index)];
  hb_blob_t* subset = subsetFace(f.file, f.index, usage.glyphs, codepoints);
  if (!subset) return std::nullopt;
  // libharu names the font in the PDF after its `name` table (the PostScript name), never after the
  // file, so the /proc path cannot reach the output.
  std::optional<MemoryFile> file = memoryFileOf(subset);
  hb_blob_destroy(subset);
  if (!file) return std::nullopt;
  subsets_.push_back(std::move(*file));
  return FontSource{subsets_.back().path(), 0, true};
}

}  // namespace banmian::exporter
