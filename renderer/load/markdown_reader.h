#pragma once
// The Markdown (GitHub-flavoured, read with cmark-gfm) that banmian prints: paragraphs, headings of every
// level, lists of paragraphs, **strong**, *emphasis*, <sup>…</sup>, and figures `![caption](photo:ID)` or
// `![caption](chart:ID)` standing alone. Anything else (a table, a link, code) is a located error, never
// text dropped or markup set as text.
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
  int column_offset = 0;  // file column = Markdown column + column_offset (the block scalar's indent), in characters
};

// The ids a figure may name: `![说明](photo:ID)`, `![说明](chart:ID)`, `![说明](table:ID)`.
struct FigureIds {
  std::vector<std::string> photos;
  std::vector<std::string> charts;
  std::vector<std::string> tables;
};

std::vector<model::Block> readMarkdown(const MarkdownSource& source, const FigureIds& figures);

}  // namespace banmian::load
