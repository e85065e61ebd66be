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
  // The same, for content at `where` that asks for it as `what` ("level-2 headings (##)").
  const model::ParagraphStyle& paragraphStyle(const std::string& name, const SourceLocation& where,
                                              const std::string& what) const;
  // A paragraph of Markdown spans in `style`; span styles "strong", "emphasis" and "sup" map through the
  // layout's `markdown:` table.
  typeset::StyledParagraph paragraph(const std::vector<model::Span>& spans, const model::ParagraphStyle& style) const;
  typeset::StyledParagraph paragraph(const std::string& text, const model::ParagraphStyle& style,
                                     const SourceLocation& where) const;
  typeset::FontSpec font(const model::ParagraphStyle& style) const;

 private:
  typeset::StyledRun run(const model::Span& span, const model::ParagraphStyle& style) const;
  // The role's Latin family and scale added to a font spec.
  typeset::FontSpec withLatin(typeset::FontSpec spec, const std::string& role) const;
  const model::CharacterStyle* characterStyle(const model::Span& span) const;

  const model::Layout& layout_;
  std::map<std::string, std::string> families_;
};

}  // namespace banmian::compose
