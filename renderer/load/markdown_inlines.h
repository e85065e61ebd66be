#pragma once
// Internal to markdown_reader: positions of cmark nodes, and the inline content of a block.
#include <string_view>
#include <vector>

#include <cmark-gfm.h>

#include "base/source_text.h"
#include "load/markdown_reader.h"

namespace banmian::load {

class MarkdownPositions {
 public:
  explicit MarkdownPositions(const MarkdownSource& source) : source_(source), lines_(source.text) {}
  // cmark gives 1-based lines and byte columns (made character columns here); nodes without a position
  // (soft breaks) take their nearest positioned ancestor's.
  SourceLocation at(cmark_node* node) const;
  [[noreturn]] void fail(cmark_node* node, const std::string& message) const;
  [[noreturn]] void unsupported(cmark_node* node, std::string_view what) const;

 private:
  const MarkdownSource& source_;
  LineStarts lines_;  // every span of a story locates itself
};

// The text of a paragraph or heading as spans; character_style is "" , "strong" or "sup".
// The text of a node's descendants as written, markup aside (a figure's caption, a table cell).
std::string literalText(cmark_node* node);

std::vector<model::Span> readInlines(cmark_node* block, const MarkdownPositions& positions);

}  // namespace banmian::load
