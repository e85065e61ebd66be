#include "export/pdf_to_unicode.h"

#include <fmt/format.h>

#include "export/pdf_syntax.h"

namespace banmian::exporter::pdf {

bool ToUnicodeMap::claim(uint16_t code, std::string_view text) {
  auto [it, added] = texts_.try_emplace(code, text);
  return added || it->second == text;
}

std::string toUnicodeCMap(std::string_view mappings) {
  return "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
         "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
         "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
         "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" +
         std::string(mappings) + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
}

std::string ToUnicodeMap::cmap() const {
  std::string out;
  // A bfchar block holds at most 100 entries (§9.10.3).
  auto it = texts_.begin();
  while (it != texts_.end()) {
    std::string block;
    int count = 0;
    for (; it != texts_.end() && count < 100; ++it, ++count)
      block += fmt::format("<{:04X}> <{}>\n", it->first, utf16Hex(it->second));
    out += fmt::format("{} beginbfchar\n{}endbfchar\n", count, block);
  }
  return toUnicodeCMap(out);
}

}  // namespace banmian::exporter::pdf
