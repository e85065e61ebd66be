#include "compose/style_sheet.h"

#include "base/diagnostics.h"

namespace banmian::compose {

StyleSheet::StyleSheet(const model::Layout& layout, std::map<std::string, std::string> font_families)
    : layout_(layout), families_(std::move(font_families)) {}

const model::ParagraphStyle& StyleSheet::paragraphStyle(const std::string& name) const {
  auto found = layout_.paragraph_styles.find(name);
  if (found == layout_.paragraph_styles.end())
    throw InputError({layout_.file}, "the layout has no paragraph style '" + name + "'");
  return found->second;
}

typeset::FontSpec StyleSheet::font(const model::ParagraphStyle& style) const {
  return withLatin({families_.at(style.font), style.weight, style.size}, style.font);
}

typeset::FontSpec StyleSheet::withLatin(typeset::FontSpec spec, const std::string& role) const {
  auto found = layout_.fonts.find(role);
  if (found != layout_.fonts.end()) {
    spec.latin = found->second.latin;
    spec.latin_scale = found->second.latin_scale;
  }
  return spec;
}

const model::CharacterStyle* StyleSheet::characterStyle(const std::string& element) const {
  const std::string* name = element == "strong" ? &layout_.markdown.strong
                            : element == "sup"  ? &layout_.markdown.superscript
                                                : nullptr;
  if (!name) return nullptr;
  auto found = layout_.character_styles.find(*name);
  return found == layout_.character_styles.end() ? nullptr : &found->second;
}

typeset::StyledRun StyleSheet::run(const model::Span& span, const model::ParagraphStyle& style) const {
  typeset::StyledRun out{span.text, font(style), style.color, 0, span.where};
  const model::CharacterStyle* cs = characterStyle(span.character_style);
  if (!cs) return out;
  if (cs->font) out.font = withLatin({families_.at(*cs->font), out.font.weight, out.font.size}, *cs->font);
  if (cs->weight) out.font.weight = *cs->weight;
  if (cs->scale) out.font.size = style.size * *cs->scale;
  if (cs->rise) out.rise = style.size * *cs->rise;
  if (cs->color) out.color = *cs->color;
  if (cs->emphasis) out.emphasis = *cs->emphasis;
  return out;
}

typeset::StyledParagraph StyleSheet::paragraph(const std::vector<model::Span>& spans,
                                               const model::ParagraphStyle& style) const {
  typeset::StyledParagraph p;
  p.format = {style.indent * style.size, style.align,   style.last_line,
              style.normalize_punctuation, style.kinsoku, style.punctuation,
              style.cjk_latin_space,       style.opening_at_line_start_half};
  p.format.curly_quotes = style.curly_quotes;
  p.format.hanging_punctuation = style.hanging_punctuation;
  p.format.lang = style.lang;
  p.format.max_ideograph_gap = style.max_justify_gap;
  for (const auto& span : spans) p.runs.push_back(run(span, style));
  if (!spans.empty()) p.where = spans.front().where;
  return p;
}

typeset::StyledParagraph StyleSheet::paragraph(const std::string& text, const model::ParagraphStyle& style,
                                               const SourceLocation& where) const {
  return paragraph(std::vector<model::Span>{{text, "", where}}, style);
}

}  // namespace banmian::compose
