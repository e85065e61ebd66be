#include "chart/chart_text.h"

#include <algorithm>

namespace banmian::chart {
namespace {

constexpr double kUnbounded = 1e6;  // pt: a measure no label reaches, so a label is never broken

}  // namespace

ChartText::ChartText(typeset::Typesetter& typesetter, const model::ChartTheme& theme,
                     const std::map<std::string, std::string>& font_families, SourceLocation where)
    : typesetter_(typesetter), theme_(theme), families_(font_families), where_(std::move(where)) {}

TextStyle ChartText::style(TextRole role) const {
  auto family = [&](const std::string& font_role) {
    auto found = families_.find(font_role);
    return found == families_.end() ? font_role : found->second;
  };
  switch (role) {
    case TextRole::Title: return {family(theme_.title_font), 700, theme_.title_size, theme_.ink};
    case TextRole::Label: return {family(theme_.label_font), 400, theme_.label_size, theme_.ink};
    case TextRole::Number: return {family(theme_.number_font), 400, theme_.number_size, theme_.ink};
    case TextRole::BigNumber: return {family(theme_.number_font), 700, theme_.big_number_size, theme_.ink};
    case TextRole::Note: return {family(theme_.label_font), 400, theme_.note_size, theme_.muted};
  }
  return {};
}

typeset::StyledParagraph ChartText::paragraph(const std::vector<std::pair<std::string, TextStyle>>& runs) const {
  typeset::StyledParagraph p;
  p.format.indent = 0;
  p.format.align = typeset::Align::Start;
  p.format.last_line = typeset::Align::Start;
  p.format.normalize_punctuation = false;  // labels are written as they should print
  p.format.cjk_latin_space = 0;            // a figure and its unit stay close: 192个, 19.34亿元
  for (const auto& [text, style] : runs) {
    typeset::StyledRun run;
    run.text = text;
    run.font = {style.families, style.weight, style.size};
    run.color = style.color;
    run.where = where_;
    p.runs.push_back(std::move(run));
  }
  return p;
}

SetLabel ChartText::set(const std::vector<std::pair<std::string, TextStyle>>& runs) {
  SetLabel label;
  typeset::StyledParagraph p = paragraph(runs);
  label.width = typesetter_.naturalWidth(p);
  std::vector<typeset::TypesetLine> lines = typesetter_.set(std::move(p), kUnbounded);
  if (!lines.empty()) label.line = std::move(lines.front());
  for (const auto& run : runs) label.size = std::max(label.size, run.second.size);
  return label;
}

SetLabel ChartText::set(const std::string& text, const TextStyle& style) { return set({{text, style}}); }

std::vector<SetLabel> ChartText::wrap(const std::string& text, const TextStyle& style, double width) {
  std::vector<SetLabel> out;
  for (auto& line : typesetter_.set(paragraph({{text, style}}), width)) {
    // Each line again at its natural width, so it can be centred or right-aligned.
    out.push_back(set(line.text(), style));
  }
  return out;
}

void ChartText::paint(const SetLabel& label, double x, double baseline, std::vector<display::Item>& out) {
  for (const auto& run : label.line.runs) {
    display::GlyphRun g;
    g.font = run.font;  // the typesetter's font table is the document's
    g.size = run.size;
    g.color = run.color;
    g.origin = {x + label.line.offset, baseline};
    g.glyphs = run.glyphs;
    g.text = run.text;
    g.clusters = run.clusters;
    out.push_back(std::move(g));
  }
}

}  // namespace banmian::chart
