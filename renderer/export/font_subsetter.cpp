#include "export/font_subsetter.h"

#include <hb-subset.h>

namespace banmian::exporter {
namespace {

// Tables neither Cairo nor libharu reads: layout is already done. Dropping GSUB also stops HarfBuzz from closing the
// glyph set over every substitution (vertical forms, locl variants...), which would pull in glyphs
// the page never draws.
constexpr hb_tag_t kDroppedTables[] = {
    HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'),
    HB_TAG('B', 'A', 'S', 'E'), HB_TAG('J', 'S', 'T', 'F'), HB_TAG('M', 'A', 'T', 'H'),
    HB_TAG('D', 'S', 'I', 'G'), HB_TAG('m', 'o', 'r', 'x'), HB_TAG('k', 'e', 'r', 'n'),
};

hb_subset_input_t* makeInput(const std::vector<uint32_t>& glyphs, const std::vector<uint32_t>& codepoints) {
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  if (!input) return nullptr;
  hb_set_t* gids = hb_subset_input_glyph_set(input);
  for (uint32_t g : glyphs) hb_set_add(gids, g);
  hb_set_t* unicodes = hb_subset_input_unicode_set(input);
  for (uint32_t c : codepoints) hb_set_add(unicodes, c);
  hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (hb_tag_t tag : kDroppedTables) hb_set_add(drop, tag);
  // The default name ids (0-6) stay, so Cairo and libharu still find the PostScript name for the
  // PDF's BaseFont (libharu refuses a font without ids 2 and 6); hinting stays too, because screen
  // viewers use it at small sizes.
  hb_subset_input_set_flags(
      input, HB_SUBSET_FLAGS_RETAIN_GIDS | HB_SUBSET_FLAGS_DESUBROUTINIZE | HB_SUBSET_FLAGS_NOTDEF_OUTLINE);
  return input;
}

}  // namespace

hb_blob_t* subsetFace(const std::string& file, int index, const std::vector<uint32_t>& glyphs,
                      const std::vector<uint32_t>& codepoints) {
  hb_blob_t* blob = hb_blob_create_from_file_or_fail(file.c_str());
  // HarfBuzz reads any index of a single-face file as that face; FreeType rightly refuses. Refuse
  // here too, so that the fallback reports the bad index instead of drawing another face.
  if (!blob || static_cast<unsigned>(index) >= hb_face_count(blob)) {
    hb_blob_destroy(blob);
    return nullptr;
  }
  hb_face_t* face = hb_face_create(blob, static_cast<unsigned>(index));
  hb_blob_destroy(blob);  // the face keeps its own reference
  hb_blob_t* result = nullptr;
  if (hb_face_get_glyph_count(face) > 0) {
    if (hb_subset_input_t* input = makeInput(glyphs, codepoints)) {
      if (hb_face_t* subset = hb_subset_or_fail(face, input)) {
        result = hb_face_reference_blob(subset);
        hb_face_destroy(subset);
      }
      hb_subset_input_destroy(input);
    }
  }
  hb_face_destroy(face);
  if (result && hb_blob_get_length(result) == 0) {
    hb_blob_destroy(result);
    result = nullptr;
  }
  return result;
}

}  // namespace banmian::exporter
