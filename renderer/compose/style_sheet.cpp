#include "compose/style_sheet.h"

#include <fmt/format.h>

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

const model::ParagraphStyle& StyleSheet::paragraphStyle(const std::string& name, const SourceLocation& where,
                                                       const std::string& what) const {
  auto found = layout_.paragraph_styles.find(name);
  if (found == layout_.paragraph_styles.end())
    throw InputError(where, name.empty() ? fmt::format("the layout names no paragraph style for {}", what)
                                         : fmt::format("the layout has no paragraph style '{}' for {}", name, what));
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

// A Markdown element's character style; text the layout has no style for is refused, never set plain.
const model::CharacterStyle* StyleSheet::characterStyle(const model::Span& span) const {
  const std::string& element = span.character_style;
  if (element.empty()) return nullptr;
  const std::string& name = element == "strong"     ? layout_.markdown.strong
                            : element == "emphasis" ? layout_.markdown.emphasis
                                                    : layout_.markdown.superscript;
  auto found = layout_.character_styles.find(name);
  if (found == layout_.character_styles.end())
    throw InputError(span.where, fmt::format("the layout has no character style '{}' for Markdown {}: define it "
                                             "under 'character-styles' or name another in 'markdown'",
                                             name, element));
  return &found->second;
}

typeset::StyledRun StyleSheet::run(const model::Span& span, const model::ParagraphStyle& style) const {
  typeset::StyledRun out{span.text, font(style), style.color, 0, span.where};
  const model::CharacterStyle* cs = characterStyle(span);
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
