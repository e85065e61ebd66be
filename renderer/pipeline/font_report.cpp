#include "pipeline/font_report.h"

#include <fontconfig/fontconfig.h>

#include <memory>

#include "base/utf8.h"
#include "load/layout_loader.h"
#include "pipeline/render_pipeline.h"
#include "resolve/font_resolver.h"
#include "typeset/shaper.h"

namespace banmian::pipeline {
namespace {

// The file fontconfig picks for a family at regular weight: what `fc-match FAMILY` says. Empty when the
// family is not installed (fontconfig would otherwise answer with some other family).
std::string fileOf(const std::string& family) {
  if (!resolve::familyInstalled(family)) return "";
  std::unique_ptr<FcPattern, decltype(&FcPatternDestroy)> pattern(FcPatternCreate(), &FcPatternDestroy);
  FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
  FcConfigSubstitute(nullptr, pattern.get(), FcMatchPattern);
  FcDefaultSubstitute(pattern.get());
  FcResult result = FcResultNoMatch;
  std::unique_ptr<FcPattern, decltype(&FcPatternDestroy)> match(FcFontMatch(nullptr, pattern.get(), &result),
                                                                &FcPatternDestroy);
  FcChar8* file = nullptr;
  if (!match || FcPatternGetString(match.get(), FC_FILE, 0, &file) != FcResultMatch) return "";
  return reinterpret_cast<const char*>(file);
}

std::vector<FontFamilyFile> familyFiles(const model::FontRole& role) {
  std::vector<FontFamilyFile> files;
  for (const std::string& family : role.families) files.push_back({family, fileOf(family), false});
  if (!role.latin.empty()) files.push_back({role.latin, fileOf(role.latin), true});
  return files;
}

// Appends `text` set in `face` (nullptr: no font has it), joining it to the last span when that has the face.
void addSpan(std::vector<FontSpan>& spans, const std::string& text, const display::FontFace* face) {
  const std::string family = face ? face->family : "";
  const std::string file = face ? face->file : "";
  if (!spans.empty() && spans.back().family == family && spans.back().file == file) {
    spans.back().text += text;
    return;
  }
  spans.push_back({text, family, file});
}

typeset::StyledParagraph paragraphOf(const std::string& text, const typeset::FontSpec& font) {
  typeset::StyledRun run;
  run.text = text;
  run.font = font;
  typeset::StyledParagraph paragraph;
  paragraph.runs.push_back(std::move(run));
  return paragraph;
}

void shapeInto(typeset::Shaper& shaper, const std::string& text, const typeset::FontSpec& font,
               std::vector<FontSpan>& spans) {
  for (const typeset::ShapedCluster& cluster : shaper.shape(paragraphOf(text, font)))
    addSpan(spans, cluster.text, &shaper.fonts().at(static_cast<size_t>(cluster.font)));
}

// The text as one paragraph, as the typesetter would set it; when some character has no font at all
// (which the typesetter refuses), character by character, so that the report shows which ones.
std::vector<FontSpan> spansOf(typeset::Shaper& shaper, const std::string& text, const typeset::FontSpec& font) {
  std::vector<FontSpan> spans;
  try {
    shapeInto(shaper, text, font, spans);
    return spans;
  } catch (const InputError&) {
    spans.clear();
  }
  for (size_t pos = 0; pos < text.size();) {
    const size_t start = pos;
    utf8::next(text, pos);
    const std::string character = text.substr(start, pos - start);
    try {
      shapeInto(shaper, character, font, spans);
    } catch (const InputError&) {
      addSpan(spans, character, nullptr);
    }
  }
  return spans;
}

}  // namespace

FontReport fontReport(const std::string& layout_file, const std::string& text, FontSet fonts,
                      DiagnosticSink& diagnostics) {
  model::Layout layout = load::loadLayout(layout_file);
  if (fonts == FontSet::Print) selectPrintFonts(layout);
  const std::map<std::string, std::string> families = resolve::resolveFontRoles(layout.fonts, diagnostics);
  typeset::Shaper shaper;
  FontReport report;
  for (const auto& [name, role] : layout.fonts) {
    FontRoleReport entry{name, familyFiles(role), {}};
    typeset::FontSpec font{families.at(name), 400, 10};
    if (!role.latin.empty() && resolve::familyInstalled(role.latin)) {
      font.latin = role.latin;
      font.latin_scale = role.latin_scale;
    }
    if (!text.empty()) entry.spans = spansOf(shaper, text, font);
    report.roles.push_back(std::move(entry));
  }
  return report;
}

}  // namespace banmian::pipeline
