#pragma once
// The Markdown subset banmian prints: paragraphs, ### and #### headings, **strong**, <sup>…</sup>,
// and figures `![caption](photo:ID)` standing alone. Anything else is a located error, not silently
// dropped text.
#include <string>
#include <vector>

#include "load/model.h"

namespace banmian::load {

// Markdown text and where it sits in its file, so positions map back to what the user edits (the
// `lead` of a data file is Markdown inside a YAML block scalar).
struct MarkdownSource {
  std::string file;
  std::string text;
  int line_offset = 0;    // file line = Markdown line + line_offset
  int column_offset = 0;  // file column = Markdown column + column_offset (the block scalar's indent)
};

// Figures must name one of `photos`.
std::vector<model::Block> readMarkdown(const MarkdownSource& source, const std::vector<model::Photo>& photos);

}  // namespace banmian::load
