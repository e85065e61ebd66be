#include "load/markdown_reader.h"

#include <algorithm>
#include <memory>

#include <fmt/format.h>

#include "load/markdown_inlines.h"
#include "load/name_reference.h"

namespace banmian::load {
namespace {

constexpr std::string_view kPhotoScheme = "photo:";

struct FreeNode {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};

// A paragraph that holds only an image is a figure.
bool isFigure(cmark_node* paragraph) {
  cmark_node* child = cmark_node_first_child(paragraph);
  return child && !cmark_node_next(child) && cmark_node_get_type(child) == CMARK_NODE_IMAGE;
}

model::Block readFigure(cmark_node* paragraph, const MarkdownPositions& positions,
                        const std::vector<model::Photo>& photos) {
  cmark_node* image = cmark_node_first_child(paragraph);
  const std::string url = cmark_node_get_url(image) ? cmark_node_get_url(image) : "";
  if (!url.starts_with(kPhotoScheme) || url.size() == kPhotoScheme.size())
    positions.fail(image, fmt::format("a figure must show a photo of the data file, as ![caption](photo:ID), not '{}'", url));
  model::Block figure;
  figure.kind = model::Block::Kind::Figure;
  figure.photo = url.substr(kPhotoScheme.size());
  figure.where = positions.at(paragraph);
  std::vector<std::string> ids;
  for (const auto& photo : photos) ids.push_back(photo.id);
  if (std::find(ids.begin(), ids.end(), figure.photo) == ids.end())
    positions.fail(image, unknownNameMessage(figure.photo, "photo", ids));
  return figure;
}

std::string_view unsupportedBlockName(cmark_node* node) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_BLOCK_QUOTE: return "block quote";
    case CMARK_NODE_LIST: return "list";
    case CMARK_NODE_CODE_BLOCK: return "code block";
    case CMARK_NODE_HTML_BLOCK: return "HTML block";
    case CMARK_NODE_THEMATIC_BREAK: return "thematic break";
    default: return cmark_node_get_type_string(node);
  }
}

model::Block readBlock(cmark_node* node, const MarkdownPositions& positions, const std::vector<model::Photo>& photos) {
  model::Block block;
  block.where = positions.at(node);
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH:
      if (isFigure(node)) return readFigure(node, positions, photos);
      block.kind = model::Block::Kind::Paragraph;
      break;
    case CMARK_NODE_HEADING:
      block.kind = model::Block::Kind::Heading;
      block.level = cmark_node_get_heading_level(node);
      if (block.level != 3 && block.level != 4)
        positions.unsupported(node, fmt::format("heading level {} (only ### and #### are supported)", block.level));
      break;
    default: positions.unsupported(node, unsupportedBlockName(node));
  }
  block.spans = readInlines(node, positions);
  if (block.spans.empty()) positions.fail(node, "a heading with no text");
  return block;
}

}  // namespace

std::vector<model::Block> readMarkdown(const MarkdownSource& source, const std::vector<model::Photo>& photos) {
  const std::unique_ptr<cmark_node, FreeNode> document(
      cmark_parse_document(source.text.data(), source.text.size(), CMARK_OPT_DEFAULT));
  const MarkdownPositions positions(source);
  std::vector<model::Block> blocks;
  for (cmark_node* node = cmark_node_first_child(document.get()); node; node = cmark_node_next(node))
    blocks.push_back(readBlock(node, positions, photos));
  return blocks;
}

}  // namespace banmian::load
