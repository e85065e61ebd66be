#pragma once
// Chart text goes through the typesetter like every other text on the page, so it is shaped in the
// layout's font roles and extracts from the PDF exactly. A label is one line at its natural width.
#include <map>
#include <string>
#include <vector>

#include "base/geometry.h"
#include "display/display_list.h"
#include "base/em_box.h"
#include "load/model.h"
#include "typeset/typesetter.h"

namespace banmian::chart {

// The kinds of text a chart has; the theme gives each a font role and a size.
enum class TextRole { Title, Label, Number, BigNumber, Note };

struct TextStyle {
  std::string families;  // fontconfig fallback list
  int weight = 400;
  double size = 8;
  Color color = Color::black();
};

// One set line and its measures, on the ideographic em box (base/em_box.h).
struct SetLabel {
  typeset::TypesetLine line;
  double width = 0;
  double size = 0;         // the largest run's size
  double ascent() const { return kEmBoxAscent * size; }
  double descent() const { return 0.12 * size; }
  // The em box when the line starts at `x` on `baseline`.
  Rect box(double x, double baseline) const { return {x, baseline - ascent(), width, size}; }
};

class ChartText {
 public:
  // `where` is the chart's definition: a character no font of the theme has is reported there.
  ChartText(typeset::Typesetter& typesetter, const model::ChartTheme& theme,
            const std::map<std::string, std::string>& font_families, SourceLocation where);

  const model::ChartTheme& theme() const { return theme_; }
  TextStyle style(TextRole role) const;
  SetLabel set(const std::string& text, const TextStyle& style);
  // Runs in several styles on one baseline: a big number and its small unit.
  SetLabel set(const std::vector<std::pair<std::string, TextStyle>>& runs);
  // Lines of at most `width`, for category names that need two lines.
  std::vector<SetLabel> wrap(const std::string& text, const TextStyle& style, double width);

  static void paint(const SetLabel& label, double x, double baseline, std::vector<display::Item>& out);

 private:
  typeset::StyledParagraph paragraph(const std::vector<std::pair<std::string, TextStyle>>& runs) const;

  typeset::Typesetter& typesetter_;
  const model::ChartTheme& theme_;
  const std::map<std::string, std::string>& families_;
  SourceLocation where_;
};

}  // namespace banmian::chart
