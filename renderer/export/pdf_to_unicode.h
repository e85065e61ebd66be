#pragma once
// What each glyph code of an embedded font stands for, so that text copies out of the PDF as the exact
// characters (PDF 32000-1 §9.10.3). A code keeps the first text it is seen with; a glyph drawn for other
// text elsewhere (or a cluster of several glyphs) is marked with /ActualText by the content writer instead.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace banmian::exporter::pdf {

// A whole ToUnicode CMap around `mappings` (bfchar and bfrange blocks), as both PDF writers embed it.
std::string toUnicodeCMap(std::string_view mappings);

class ToUnicodeMap {
 public:
  // True when `code` stands for `text` from now on: it was free, or already meant `text`.
  bool claim(uint16_t code, std::string_view text);
  bool empty() const { return texts_.empty(); }
  // The CMap stream's contents.
  std::string cmap() const;

 private:
  std::map<uint16_t, std::string> texts_;  // code -> UTF-8
};

}  // namespace banmian::exporter::pdf
