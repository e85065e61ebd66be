#pragma once
// Layouts of several pages built in code, and helpers that read a composed document back.
#include <cmath>
#include <string>
#include <vector>

#include "compose/page_composer.h"
#include "resolve/resolver.h"
#include "small_page.h"

namespace banmian::compose::testing {

// A 14-character body paragraph (9 pt, 2 em indent) that sets into exactly `lines` lines of 14 characters.
inline std::string paragraphOfLines(int lines, const std::string& han = "统") {
  std::string text;
  for (int i = 0; i < lines * 14 - 3; ++i) text += han;
  return text + "。";
}

// Page 1 from master "first" (the flow below a two-row title area), then pages of master "next", each a
// flow of `columns` columns of 20 rows. `repeat` false: the first page only.
inline model::Layout chainLayout(int columns = 2, bool repeat = true) {
  model::Layout l = smallLayout();
  l.grid.columns = columns;
  l.page.width = 20 + 20 + columns * 126 + (columns - 1) * 8;
  l.masters.clear();
  model::Master first{"first", l.page, l.grid, {}, {"layout.yaml", 30, 3}};
  first.frames.push_back(frame("body", model::FrameKind::Flow, 1, columns, 2, 20, "body"));
  model::Master next{"next", l.page, l.grid, {}, {"layout.yaml", 40, 3}};
  next.frames.push_back(frame("more", model::FrameKind::Flow, 1, columns, 0, 20, "body"));
  next.frames.back().where = {"layout.yaml", 42, 7};
  l.masters = {first, next};
  l.sequence.first = "first";
  if (repeat) l.sequence.repeat = "next";
  l.floats.caption_style = "caption";
  l.floats.photo_rows = 6;
  return l;
}

inline model::Document storyOf(const std::vector<model::Block>& blocks) {
  model::Document d;
  d.file = "data.yaml";
  d.stories["body"] = {"body", blocks, {"data.yaml", 3, 3}};
  return d;
}

inline model::Block paragraph(const std::string& text, int line) {
  return block(model::Block::Kind::Paragraph, text, line);
}

struct Composed {
  display::Document doc;
  std::vector<Diagnostic> warnings;
};

inline Composed composeAll(const model::Layout& layout, const model::Document& document, bool strict = false) {
  DiagnosticSink sink(strict);
  resolve::ResolvedAssets assets = resolve::resolveAssets(layout, document, sink);
  typeset::Typesetter typesetter;
  display::Document doc = composeDocument(layout, document, assets, typesetter, sink);
  return {std::move(doc), sink.warnings()};
}

inline std::vector<const display::GlyphRun*> runsOf(const display::Page& page) {
  std::vector<const display::GlyphRun*> out;
  for (const auto& item : page.items)
    if (auto* run = std::get_if<display::GlyphRun>(&item)) out.push_back(run);
  return out;
}

inline std::string textOf(const display::Page& page) {
  std::string out;
  for (const auto* run : runsOf(page)) out += run->text;
  return out;
}

inline std::string textOf(const display::Document& doc) {
  std::string out;
  for (const auto& page : doc.pages) out += textOf(page);
  return out;
}

// The grid row of a 9 pt body baseline on the small pages (top margin 20, rows of 13).
inline int rowOf(const display::GlyphRun& run) {
  return static_cast<int>(std::lround((run.origin.y - 20 - (13 - 9) / 2.0 - 0.88 * 9) / 13));
}

// Column of a run on the small pages (columns of 126 pt and 8 pt gutters from x = 20).
inline int columnOf(const display::GlyphRun& run) { return static_cast<int>((run.origin.x - 20) / 134) + 1; }

}  // namespace banmian::compose::testing
