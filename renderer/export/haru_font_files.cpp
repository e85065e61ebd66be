#include "export/haru_font_files.h"

#include <hb.h>

#include <fstream>

#include "export/font_subsetter.h"

namespace banmian::exporter {
namespace {

// libharu measures the cap height and the x-height (the FontDescriptor's /XHeight) on the outlines its
// cmap gives 'H' and 'x'; without them in the subset's cmap /XHeight would be 0. Keeping the two
// mapped costs only their cmap and metrics entries: libharu embeds the outlines of drawn glyphs only.
constexpr uint32_t kMeasuredByLibharu[] = {'H', 'x'};

bool writeBlob(hb_blob_t* blob, const std::string& path) {
  unsigned length = 0;
  const char* data = hb_blob_get_data(blob, &length);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(data, static_cast<std::streamsize>(length));
  out.close();
  return static_cast<bool>(out);
}

}  // namespace

HaruFontFiles::HaruFontFiles(const display::Document& doc)
    : faces_(doc.fonts),
      usage_(collectFontUsage(doc)),
      sources_(doc.fonts.size()),
      dir_(TempDir::create("banmian-haru-")) {}

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
  if (!dir_ || usage.glyphs.empty()) return std::nullopt;
  std::vector<uint32_t> codepoints = usage.codepoints;
  codepoints.insert(codepoints.end(), std::begin(kMeasuredByLibharu), std::end(kMeasuredByLibharu));
  const display::FontFace& f = faces_[static_cast<size_t>(index)];
  hb_blob_t* subset = subsetFace(f.file, f.index, usage.glyphs, codepoints);
  if (!subset) return std::nullopt;
  // Named by the font's index in the document. libharu names the font in the PDF after its `name`
  // table (the PostScript name), never after the file, so the temporary path cannot reach the output.
  std::string path = dir_->path() + "/font-" + std::to_string(index) + ".ttf";
  bool written = writeBlob(subset, path);
  hb_blob_destroy(subset);
  if (!written) return std::nullopt;
  return FontSource{path, 0, true};
}

}  // namespace banmian::exporter
