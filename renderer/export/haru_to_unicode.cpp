#include "export/haru_to_unicode.h"

#include <fmt/format.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <string>

#include "export/pdf_to_unicode.h"

namespace banmian::exporter {
namespace {

// A bfrange may not cross a change of the first byte, and a block holds at most 100 entries.
std::string identityBfRanges() {
  std::string ranges;
  int in_block = 0;
  std::string block;
  auto flush = [&] {
    if (in_block == 0) return;
    ranges += fmt::format("{} beginbfrange\n{}endbfrange\n", in_block, block);
    block.clear();
    in_block = 0;
  };
  for (int high = 0; high < 0x100; ++high) {
    if (high >= 0xD8 && high <= 0xDF) continue;  // surrogates stand for no character on their own
    block += fmt::format("<{0:02X}00> <{0:02X}FF> <{0:02X}00>\n", high);
    if (++in_block == 100) flush();
  }
  flush();
  return ranges;
}

}  // namespace

bool writeIdentityToUnicode(HPDF_Font font) {
  auto* map = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT));
  if (!map || !map->stream) return false;
  // The encoding CMap's dictionary entries describe an encoding, not a ToUnicode map.
  for (const char* key : {"CMapName", "CIDSystemInfo", "WMode"}) HPDF_Dict_RemoveElement(map, key);
  HPDF_MemStream_FreeData(map->stream);
  static const std::string cmap = pdf::toUnicodeCMap(identityBfRanges());
  return HPDF_Stream_Write(map->stream, reinterpret_cast<const HPDF_BYTE*>(cmap.data()),
                           static_cast<HPDF_UINT>(cmap.size())) == HPDF_OK;
}

}  // namespace banmian::exporter
