#include "load/markdown_inlines.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/diagnostics.h"
#include "base/source_text.h"
#include "load/cjk_text.h"

namespace banmian::load {

SourceLocation MarkdownPositions::at(cmark_node* node) const {
  while (node && cmark_node_get_start_line(node) <= 0) node = cmark_node_parent(node);
  if (!node) return SourceLocation{source_.file};
  const int line = cmark_node_get_start_line(node);
  const size_t byte_column = static_cast<size_t>(std::max(cmark_node_get_start_column(node) - 1, 0));
  return SourceLocation{source_.file, line + source_.line_offset,
                        characterColumn(lines_.line(source_.text, line), byte_column) + source_.column_offset};
}

void MarkdownPositions::fail(cmark_node* node, const std::string& message) const {
  throw InputError(at(node), message);
}

void MarkdownPositions::unsupported(cmark_node* node, std::string_view what) const {
  fail(node, fmt::format("unsupported Markdown: {}", what));
}

namespace {

constexpr const char* kStrong = "strong";
constexpr const char* kSuperscript = "sup";
constexpr const char* kEmphasis = "emphasis";

class InlineReader {
 public:
  explicit InlineReader(const MarkdownPositions& positions) : positions_(positions) {}

  std::vector<model::Span> readBlock(cmark_node* block) {
    readChildren(block);
    if (open_sup_) positions_.fail(open_sup_, "'<sup>' is not closed in this paragraph");
    return std::move(spans_);
  }

 private:
  void readChildren(cmark_node* parent) {
    for (cmark_node* child = cmark_node_first_child(parent); child; child = cmark_node_next(child)) readNode(child);
  }

  void readNode(cmark_node* node);
  void readHtml(cmark_node* node);
  void enterStyle(cmark_node* node, const char* style);
  void append(std::string_view text, cmark_node* node);

  const MarkdownPositions& positions_;
  std::vector<model::Span> spans_;
  std::string style_;  // the character style being read
  cmark_node* open_sup_ = nullptr;
  bool pending_break_ = false;
};

void InlineReader::readNode(cmark_node* node) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT: append(cmark_node_get_literal(node), node); break;
    case CMARK_NODE_SOFTBREAK: pending_break_ = true; break;
    case CMARK_NODE_STRONG:
      enterStyle(node, kStrong);
      readChildren(node);
      style_.clear();
      break;
    case CMARK_NODE_EMPH:
      enterStyle(node, kEmphasis);
      readChildren(node);
      style_.clear();
      break;
    case CMARK_NODE_HTML_INLINE: readHtml(node); break;
    case CMARK_NODE_CODE: positions_.unsupported(node, "inline code");
    case CMARK_NODE_LINK: positions_.unsupported(node, "link");
    case CMARK_NODE_LINEBREAK: positions_.unsupported(node, "hard line break");
    case CMARK_NODE_IMAGE:
      positions_.unsupported(node, "an image inside text (a figure ![caption](photo:ID) must be a paragraph of its own)");
    default: positions_.unsupported(node, cmark_node_get_type_string(node));
  }
}

void InlineReader::enterStyle(cmark_node* node, const char* style) {
  if (!style_.empty())
    positions_.fail(node, fmt::format("unsupported Markdown: {} inside {} (styles do not nest)", style, style_));
  style_ = style;
}

void InlineReader::readHtml(cmark_node* node) {
  const std::string tag = cmark_node_get_literal(node);
  std::string lower = tag;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  if (lower == "<sup>") {
    enterStyle(node, kSuperscript);
    open_sup_ = node;
  } else if (lower == "</sup>") {
    if (!open_sup_) positions_.fail(node, "'</sup>' without '<sup>'");
    style_.clear();
    open_sup_ = nullptr;
  } else {
    positions_.unsupported(node, fmt::format("inline HTML '{}' (only <sup>…</sup> is supported)", tag));
  }
}

void InlineReader::append(std::string_view text, cmark_node* node) {
  if (text.empty()) return;
  // The joiner belongs to the text before the break, so a break before a styled run stays unstyled.
  if (pending_break_ && !spans_.empty()) spans_.back().text += softBreakJoiner(spans_.back().text, text);
  pending_break_ = false;
  if (!spans_.empty() && spans_.back().character_style == style_) {
    spans_.back().text += text;
    return;
  }
  spans_.push_back(model::Span{std::string(text), style_, positions_.at(node)});
}

}  // namespace

std::string literalText(cmark_node* node) {
  std::string out;
  for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
    if (const char* literal = cmark_node_get_literal(child)) out += literal;
    out += literalText(child);
  }
  return out;
}

std::vector<model::Span> readInlines(cmark_node* block, const MarkdownPositions& positions) {
  return InlineReader(positions).readBlock(block);
}

}  // namespace banmian::load
