#pragma once
// Turns the layout's named paragraph and character styles into the typesetter's styled paragraphs.
#include <map>
#include <string>
#include <vector>

#include "load/model.h"
#include "typeset/styled_text.h"

namespace banmian::compose {

class StyleSheet {
 public:
  StyleSheet(const model::Layout& layout, std::map<std::string, std::string> font_families);

  const model::ParagraphStyle& paragraphStyle(const std::string& name) const;
  // A paragraph of Markdown spans in `style`; span styles "strong" and "sup" map through the layout's
  // `markdown:` table.
  typeset::StyledParagraph paragraph(const std::vector<model::Span>& spans, const model::ParagraphStyle& style) const;
  typeset::StyledParagraph paragraph(const std::string& text, const model::ParagraphStyle& style,
                                     const SourceLocation& where) const;
  typeset::FontSpec font(const model::ParagraphStyle& style) const;

 private:
  typeset::StyledRun run(const model::Span& span, const model::ParagraphStyle& style) const;
  // The role's Latin family and scale added to a font spec.
  typeset::FontSpec withLatin(typeset::FontSpec spec, const std::string& role) const;
  const model::CharacterStyle* characterStyle(const std::string& markdown_element) const;

  const model::Layout& layout_;
  std::map<std::string, std::string> families_;
};

}  // namespace banmian::compose
