#pragma once
// Subsets one face of a font file with HarfBuzz, desubroutinizing CFF: every PDF writer embeds the result
// instead of the installed font. libharu gets a subset that keeps glyph ids (RETAIN_GIDS): it embeds only
// drawn outlines but copies the other tables whole, so for it the subset's small cmap, hmtx, loca, name and
// post are the saving. Cairo and banmian's own writer get compact subsets (glyphs numbered afresh); Cairo
// 1.16 subsets its copy again, and starting from a desubroutinized font is what keeps its Noto CJK pages
// small.
#include <hb.h>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace banmian::exporter {

// The subset font as a single-face sfnt, or nullptr when the file cannot be read or HarfBuzz cannot
// subset it (the caller then embeds the original). The caller owns the blob.
// `codepoints` are the characters the glyphs stand for; they go into the subset's cmap.
hb_blob_t* subsetFace(const std::string& file, int index, const std::vector<uint32_t>& glyphs,
                      const std::vector<uint32_t>& codepoints);

// A subset that numbers its glyphs afresh (no RETAIN_GIDS): a few hundred glyphs instead of tables sized
// for all 65,000 of a CJK font, so Cairo parses and subsets far less. Drawing must map the display list's
// ids through `new_ids`.
struct CompactSubset {
  hb_blob_t* blob = nullptr;  // nullptr: no subset (embed the original, ids unchanged); the caller owns it
  std::unordered_map<uint32_t, uint32_t> new_ids;  // original glyph id -> the subset's
};
// `face` from openFaceForSubsetting (nullptr gives no subset); the caller keeps its reference.
// `also_dropped` names tables to leave out beyond those no backend reads.
CompactSubset compactSubsetFace(hb_face_t* face, const std::vector<uint32_t>& glyphs,
                                const std::vector<uint32_t>& codepoints,
                                const std::vector<hb_tag_t>& also_dropped = {});

// The same face as HarfBuzz sees it with the cmap table hidden, for subsets by glyph id alone. HarfBuzz 6
// maps every cmap entry to a glyph before it subsets a face by glyph ids (to keep the characters of those
// glyphs): 80 % of the work on a Noto CJK face, and it adds glyphs (variation-sequence forms) the page
// never draws. The file is mapped privately and only the copy of the cmap's table record is changed
// (its length made 0), so the file and every other reader see the font unchanged. nullptr as above.
hb_face_t* openFaceWithoutCmap(const std::string& file, int index);

// Face `index` of `file` as HarfBuzz subsets it, or nullptr when the file cannot be read or has no such
// face. The caller owns the reference (hb_face_destroy).
hb_face_t* openFaceForSubsetting(const std::string& file, int index);

}  // namespace banmian::exporter
