#include "export/pdf_font.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H
#include FT_CID_H
#include FT_TRUETYPE_TABLES_H
#include FT_TRUETYPE_TAGS_H

#include <hb-ot.h>

#include <algorithm>

#include "export/export_error.h"
#include "export/font_subsetter.h"
#include "export/ft_face.h"
#include "export/pdf_file.h"

namespace banmian::exporter::pdf {
namespace {

// The source face's cmap is hidden (openFaceWithoutCmap): a PDF font reaches its glyphs by code, never by
// character. Of a CFF face only the CFF table is embedded, so most of the rest need not be made; FreeType
// still needs head, hhea, hmtx and maxp to read the subset's metrics.
const std::vector<hb_tag_t> kNotEmbedded = {HB_TAG('c', 'm', 'a', 'p')};
const std::vector<hb_tag_t> kNotEmbeddedBesideCff = {
    HB_TAG('c', 'm', 'a', 'p'), HB_TAG('V', 'O', 'R', 'G'), HB_TAG('v', 'h', 'e', 'a'), HB_TAG('v', 'm', 't', 'x'),
    HB_TAG('n', 'a', 'm', 'e'), HB_TAG('p', 'o', 's', 't'), HB_TAG('O', 'S', '/', '2')};

bool hasCff(hb_face_t* face) {
  hb_blob_t* table = hb_face_reference_table(face, HB_TAG('C', 'F', 'F', ' '));
  const bool present = hb_blob_get_length(table) > 0;
  hb_blob_destroy(table);
  return present;
}

// FNV-1a over the name and the glyph set, spelled in six capitals: stable from run to run and machine to
// machine, and different for different subsets of one font.
std::string subsetTag(const std::string& name, const std::vector<uint32_t>& glyphs) {
  uint64_t h = 14695981039346656037ull;
  auto mix = [&h](uint64_t byte) { h = (h ^ byte) * 1099511628211ull; };
  for (unsigned char c : name) mix(c);
  for (uint32_t g : glyphs)
    for (int shift = 0; shift < 32; shift += 8) mix((g >> shift) & 0xFF);
  std::string tag;
  for (int i = 0; i < 6; ++i, h /= 26) tag += static_cast<char>('A' + h % 26);
  return tag;
}

std::string cffTable(FT_Face face) {
  FT_ULong length = 0;
  if (FT_Load_Sfnt_Table(face, TTAG_CFF, 0, nullptr, &length) != 0 || length == 0) return {};
  std::string table(length, '\0');
  if (FT_Load_Sfnt_Table(face, TTAG_CFF, 0, reinterpret_cast<FT_Byte*>(table.data()), &length) != 0) return {};
  return table;
}

// PDF gives font metrics in thousandths of an em.
double thousandthsPerUnit(FT_Face face) { return 1000.0 / (face->units_per_EM ? face->units_per_EM : 1000); }

void readMetrics(FT_Face face, EmbeddedFont& out) {
  const double scale = thousandthsPerUnit(face);
  out.ascent = face->ascender * scale;
  out.descent = face->descender * scale;
  const FT_BBox& b = face->bbox;
  out.bbox[0] = b.xMin * scale, out.bbox[1] = b.yMin * scale, out.bbox[2] = b.xMax * scale,
  out.bbox[3] = b.yMax * scale;
}

// From the installed face: the subset of a CFF face has no name table left.
std::string postscriptName(hb_face_t* face) {
  char name[128];
  unsigned length = sizeof name;
  if (hb_ot_name_get_utf8(face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &length, name) == 0) return {};
  return std::string(name, std::min<size_t>(length, sizeof name - 1));
}

// The code of each drawn glyph, and its width. In a CID-keyed CFF the code is the glyph's CID (the
// viewer finds the glyph through the CFF's charset, which HarfBuzz keeps); otherwise the subset's glyph id.
void readCodes(FT_Face face, const std::unordered_map<uint32_t, uint32_t>& new_ids, EmbeddedFont& out) {
  FT_Bool cid_keyed = 0;
  if (out.program_kind == EmbeddedFont::Program::Cff) FT_Get_CID_Is_Internally_CID_Keyed(face, &cid_keyed);
  const double scale = thousandthsPerUnit(face);
  for (const auto& [original, subset_id] : new_ids) {
    FT_UInt code = subset_id;
    if (cid_keyed && FT_Get_CID_From_Glyph_Index(face, subset_id, &code) != 0) code = subset_id;
    FT_Fixed advance = 0;
    FT_Get_Advance(face, subset_id, FT_LOAD_NO_SCALE, &advance);
    out.codes.emplace(original, static_cast<uint16_t>(code));
    out.widths.emplace(static_cast<uint16_t>(code), static_cast<double>(advance) * scale);
  }
}

}  // namespace

EmbeddedFont embedFont(hb_face_t* face, const display::FontFace& font, const std::vector<uint32_t>& glyphs) {
  const std::string what = "cannot embed font " + font.file + " (face " + std::to_string(font.index) + ")";
  if (!face) throw ExportError(what);
  EmbeddedFont out;
  out.program_kind = hasCff(face) ? EmbeddedFont::Program::Cff : EmbeddedFont::Program::TrueType;
  const bool cff = out.program_kind == EmbeddedFont::Program::Cff;
  CompactSubset subset = compactSubsetFace(face, glyphs, {}, cff ? kNotEmbeddedBesideCff : kNotEmbedded);
  if (!subset.blob) throw ExportError(what + ": HarfBuzz cannot subset it");
  unsigned length = 0;
  const char* data = hb_blob_get_data(subset.blob, &length);
  FreeTypeFacePtr ft = openMemoryFace(data, length);
  std::string program = ft ? (cff ? cffTable(ft.get()) : std::string(data, length)) : std::string();
  if (ft && !program.empty()) {
    readMetrics(ft.get(), out);
    readCodes(ft.get(), subset.new_ids, out);
  }
  ft.reset();
  hb_blob_destroy(subset.blob);
  if (program.empty()) throw ExportError(what + ": FreeType cannot read the subset");
  out.postscript_name = postscriptName(face);
  out.tag = subsetTag(out.postscript_name, glyphs);
  out.program_length = program.size();
  out.program = deflate(program);
  return out;
}

}  // namespace banmian::exporter::pdf
