#pragma once
// Internal to markdown_reader: a GFM table (read with cmark-gfm's table extension) as a statistical table.
#include <cmark-gfm.h>

#include "load/markdown_inlines.h"
#include "load/model.h"

namespace banmian::load {

// The table at `node`; `source` is the story's Markdown, to see rows that cmark-gfm would pad or cut.
// Ragged rows and a cell in a right-aligned (numeric) column that is no number are located errors.
// A number as a statistical table writes one: -3.1, 55,491, 12.5%, +0.4; or "—" or nothing for none.
bool isNumberCell(const std::string& text);

model::Table readTable(cmark_node* node, const MarkdownPositions& positions, const std::string& source);

}  // namespace banmian::load
