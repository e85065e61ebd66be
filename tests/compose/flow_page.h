#pragma once
// A body flow to test the composer's rules on: two columns of `rows` grid rows (14 characters of 9 pt on a
// 13 pt grid), no photo, paragraphs of a known number of lines each set in one character of its own
// (甲, 乙, 丙, …), so that every line on the page tells which paragraph it belongs to. Only the layout
// and the document are built here; what the composer makes of them is read back from the display list.
#include <map>
#include <string>
#include <vector>

#include "compose/page_composer.h"
#include "resolve/resolver.h"
#include "small_page.h"

namespace banmian::compose::testing {

constexpr double kTop = 20, kRow = 13, kBodySize = 9, kColumn2Left = 154;

// A paragraph that sets in `lines` lines: the first line holds 12 characters after its 2 em indent,
// the others 14, the last a few short of full so that no lone character ends it.
inline std::string paragraphOf(const std::string& character, int lines) {
  std::string out;
  for (int i = 0; i < 14 * lines - 2 - 5; ++i) out += character;
  return out;
}

// Unbalanced, so that each column fills before the next and the rules show at the columns' feet.
inline model::Layout flowLayout(int rows) {
  model::Layout l = smallLayout();
  auto& frames = l.masters.at(0).frames;
  frames.clear();
  frames.push_back(frame("body", model::FrameKind::Flow, 1, 2, 0, rows, "body"));
  frames.back().balance = false;
  return l;
}

struct FlowBlock {
  std::string character;  // empty: a section head
  int lines = 0;
};

inline model::Document flowDocument(const std::vector<FlowBlock>& blocks) {
  model::Document d;
  d.file = "data.yaml";
  int line = 1;
  auto& body = d.stories["body"];
  body.name = "body";
  for (const auto& b : blocks)
    body.blocks.push_back(b.character.empty() ? block(model::Block::Kind::Heading, "1 第一节标题", line++, 3)
                                         : block(model::Block::Kind::Paragraph, paragraphOf(b.character, b.lines),
                                                 line++));
  return d;
}

inline display::Document composePage(const model::Layout& layout, const model::Document& document) {
  DiagnosticSink sink;
  resolve::ResolvedAssets assets = resolve::resolveAssets(layout, document, sink);
  typeset::Typesetter typesetter;
  return composeDocument(layout, document, assets, typesetter, sink);
}

// A line as the reader sees it: its column, its baseline and its text.
struct PageLine {
  int column = 1;
  double baseline = 0;
  std::string text;
  double size = 0;
};

// Glyph runs gathered into lines by column and baseline, top to bottom, column after column.
inline std::vector<PageLine> pageLines(const display::Document& doc) {
  std::map<std::pair<int, long>, PageLine> by_place;
  for (const auto& item : doc.pages.at(0).items) {
    const auto* run = std::get_if<display::GlyphRun>(&item);
    if (!run) continue;
    const int column = run->origin.x >= kColumn2Left - 1 ? 2 : 1;
    PageLine& line = by_place[{column, std::lround(run->origin.y * 1000)}];
    line.column = column;
    line.baseline = run->origin.y;
    line.text += run->text;
    line.size = std::max(line.size, run->size);
  }
  std::vector<PageLine> out;
  for (auto& [place, line] : by_place) out.push_back(line);
  return out;
}

// The grid row a line's baseline stands on: its em box centred in the row, the baseline 0.88 em down.
inline double rowOf(const PageLine& line) {
  return (line.baseline - kTop - (kRow - line.size) / 2 - 0.88 * line.size) / kRow;
}

// How many lines of the paragraph set in `character` stand in `column`.
inline int linesIn(const std::vector<PageLine>& lines, const std::string& character, int column) {
  int n = 0;
  for (const auto& line : lines) n += line.column == column && line.text.rfind(character, 0) == 0;
  return n;
}

}  // namespace banmian::compose::testing
