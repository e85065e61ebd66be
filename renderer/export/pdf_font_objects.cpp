#include "export/pdf_font_objects.h"

#include <fmt/format.h>

#include <map>

#include "export/pdf_syntax.h"

namespace banmian::exporter::pdf {
namespace {

// The width most glyphs have (1000 in a CJK font) becomes /DW, so /W lists only the others (§9.7.4.3).
double defaultWidth(const EmbeddedFont& font) {
  std::map<double, int> counts;
  for (const auto& entry : font.widths) ++counts[entry.second];
  double best = 1000;
  int most = 0;
  for (const auto& [width, count] : counts)
    if (count > most) best = width, most = count;
  return best;
}

// /W as ranges "first last width" over the codes in use: a range may run across codes the font does not
// use, since no content stream shows them.
std::string widthArray(const EmbeddedFont& font, double default_width) {
  std::string out;
  auto it = font.widths.begin();
  while (it != font.widths.end()) {
    if (it->second == default_width) {
      ++it;
      continue;
    }
    const auto first = it;
    auto last = it;
    while (++it != font.widths.end() && it->second == first->second) last = it;
    out += fmt::format("{}{} {} {}", out.empty() ? "" : " ", first->first, last->first, number(first->second, 2));
  }
  return "[" + out + "]";
}

std::string descriptor(const EmbeddedFont& font, const std::string& base_name, int program) {
  const bool cff = font.program_kind == EmbeddedFont::Program::Cff;
  // Flags 4: symbolic, as every CIDFont's glyphs are reached by code, not by a standard encoding.
  return fmt::format("<< /Type /FontDescriptor /FontName {} /Flags 4 /FontBBox [{} {} {} {}] /ItalicAngle 0 "
                     "/Ascent {} /Descent {} /CapHeight {} /StemV 80 /{} {} 0 R >>",
                     base_name, number(font.bbox[0], 0), number(font.bbox[1], 0), number(font.bbox[2], 0),
                     number(font.bbox[3], 0), number(font.ascent, 0), number(font.descent, 0),
                     number(font.ascent, 0), cff ? "FontFile3" : "FontFile2", program);
}

}  // namespace

int writeFontObjects(PdfFile& file, const EmbeddedFont& font, const ToUnicodeMap& to_unicode) {
  const bool cff = font.program_kind == EmbeddedFont::Program::Cff;
  const std::string base_name = name(font.tag + "+" + (font.postscript_name.empty() ? "Font" : font.postscript_name));
  const int type0 = file.reserve(), cid_font = file.reserve(), descriptor_id = file.reserve();
  const int program = file.reserve(), map = file.reserve();
  const double default_width = defaultWidth(font);
  file.object(type0, fmt::format("<< /Type /Font /Subtype /Type0 /BaseFont {} /Encoding /Identity-H "
                                 "/DescendantFonts [{} 0 R] /ToUnicode {} 0 R >>",
                                 base_name, cid_font, map));
  file.object(cid_font,
              fmt::format("<< /Type /Font /Subtype /{} /BaseFont {} /CIDSystemInfo << /Registry (Adobe) "
                          "/Ordering (Identity) /Supplement 0 >> /FontDescriptor {} 0 R /DW {} /W {}{} >>",
                          cff ? "CIDFontType0" : "CIDFontType2", base_name, descriptor_id, number(default_width, 2),
                          widthArray(font, default_width),
                          cff ? "" : " /CIDToGIDMap /Identity"));
  file.object(descriptor_id, descriptor(font, base_name, program));
  file.stream(program, cff ? "/Subtype /CIDFontType0C" : fmt::format("/Length1 {}", font.program_length),
              font.program, true);
  file.stream(map, "", deflate(to_unicode.cmap()), true);
  return type0;
}

}  // namespace banmian::exporter::pdf
