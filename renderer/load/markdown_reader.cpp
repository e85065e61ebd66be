#include "load/markdown_reader.h"

#include <algorithm>
#include <memory>

#include <cmark-gfm-core-extensions.h>
#include <fmt/format.h>

#include "load/markdown_inlines.h"
#include "load/markdown_table.h"
#include "load/name_reference.h"

namespace banmian::load {
namespace {

struct FreeNode {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct FreeParser {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};

// A paragraph that holds only an image is a figure.
bool isFigure(cmark_node* paragraph) {
  cmark_node* child = cmark_node_first_child(paragraph);
  return child && !cmark_node_next(child) && cmark_node_get_type(child) == CMARK_NODE_IMAGE;
}

class BlockReader {
 public:
  BlockReader(const MarkdownPositions& positions, const FigureIds& figures, const std::string& source)
      : positions_(positions), figures_(figures), source_(source) {}

  void read(cmark_node* node);
  std::vector<model::Block> take();

 private:
  void readFigure(cmark_node* paragraph);
  void readList(cmark_node* list);
  void readText(cmark_node* node, model::Block::Kind kind, int level, std::string marker = "");

  const MarkdownPositions& positions_;
  const FigureIds& figures_;
  const std::string& source_;
  std::vector<model::Block> blocks_;
};

// The paragraphs right after a table that caption it (表：…, Table: …), give its unit (单位：…) or annotate it
// (注：…, 资料来源：…) belong to it.
std::vector<model::Block> BlockReader::take() {
  std::vector<model::Block> out;
  for (auto& block : blocks_) {
    model::Table* table = out.empty() || !out.back().table ? nullptr : &*out.back().table;
    const std::string text = block.kind == model::Block::Kind::Paragraph ? model::plainText(block) : "";
    if (table && (text.starts_with("表：") || text.starts_with("Table:"))) {
      table->caption = text.substr(text.starts_with("Table:") ? 6 : std::string("表：").size());
      while (table->caption.starts_with(" ")) table->caption.erase(0, 1);
      out.back().caption = table->caption;
    } else if (table && text.starts_with("单位：")) {
      table->unit = text;
    } else if (table && (text.starts_with("注：") || text.starts_with("资料来源：") || text.starts_with("数据来源："))) {
      table->notes.push_back(text);
    } else {
      out.push_back(std::move(block));
    }
  }
  return out;
}

void BlockReader::readFigure(cmark_node* paragraph) {
  cmark_node* image = cmark_node_first_child(paragraph);
  const std::string url = cmark_node_get_url(image) ? cmark_node_get_url(image) : "";
  model::Block figure;
  figure.kind = model::Block::Kind::Figure;
  figure.where = positions_.at(paragraph);
  figure.caption = literalText(image);
  const std::vector<std::string>* ids = nullptr;
  if (url.starts_with("photo:")) {
    figure.figure = model::FigureKind::Photo;
    ids = &figures_.photos;
  } else if (url.starts_with("chart:")) {
    figure.figure = model::FigureKind::Chart;
    ids = &figures_.charts;
  } else if (url.starts_with("table:")) {  // a table of metrics: resolve builds its cells
    figure.figure = model::FigureKind::Table;
    ids = &figures_.tables;
  }
  if (!ids || url.size() == 6)
    positions_.fail(image, fmt::format("a figure shows a photo, a chart or a table of the data file, as "
                                       "![caption](photo:ID), ![caption](chart:ID) or ![caption](table:ID), not '{}'",
                                       url));
  figure.figure_id = url.substr(6);
  if (std::find(ids->begin(), ids->end(), figure.figure_id) == ids->end())
    throw unknownNameError(positions_.at(image), figure.figure_id, url.substr(0, 5), *ids);
  blocks_.push_back(std::move(figure));
}

void BlockReader::readText(cmark_node* node, model::Block::Kind kind, int level, std::string marker) {
  model::Block block;
  block.kind = kind;
  block.level = level;
  block.where = positions_.at(node);
  block.spans = readInlines(node, positions_);
  if (block.spans.empty()) positions_.fail(node, "a heading with no text");
  if (!marker.empty()) block.spans.insert(block.spans.begin(), model::Span{marker, "", block.where});
  blocks_.push_back(std::move(block));
}

// Each item of a list is one paragraph, led by its marker: "1." for an ordered list, "•" otherwise.
void BlockReader::readList(cmark_node* list) {
  const bool ordered = cmark_node_get_list_type(list) == CMARK_ORDERED_LIST;
  int number = cmark_node_get_list_start(list);
  for (cmark_node* item = cmark_node_first_child(list); item; item = cmark_node_next(item), ++number) {
    cmark_node* paragraph = cmark_node_first_child(item);
    if (!paragraph || cmark_node_get_type(paragraph) != CMARK_NODE_PARAGRAPH || cmark_node_next(paragraph))
      positions_.unsupported(item, "a list item that is not one paragraph (nested lists, several paragraphs)");
    readText(paragraph, model::Block::Kind::ListItem, 0, ordered ? fmt::format("{}. ", number) : "• ");
  }
}

std::string_view unsupportedBlockName(cmark_node* node) {
  const std::string_view type = cmark_node_get_type_string(node);
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_BLOCK_QUOTE: return "block quote";
    case CMARK_NODE_CODE_BLOCK: return "code block";
    case CMARK_NODE_HTML_BLOCK: return "HTML block";
    case CMARK_NODE_THEMATIC_BREAK: return "thematic break";
    default: return type;
  }
}

void BlockReader::read(cmark_node* node) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH:
      if (isFigure(node)) return readFigure(node);
      return readText(node, model::Block::Kind::Paragraph, 0);
    case CMARK_NODE_HEADING:
      return readText(node, model::Block::Kind::Heading, cmark_node_get_heading_level(node));
    case CMARK_NODE_LIST: return readList(node);
    default:
      if (std::string_view(cmark_node_get_type_string(node)) == "table") {
        model::Block block;
        block.kind = model::Block::Kind::Figure;
        block.figure = model::FigureKind::Table;
        block.where = positions_.at(node);
        block.table = readTable(node, positions_, source_);
        blocks_.push_back(std::move(block));
        return;
      }
      positions_.unsupported(node, unsupportedBlockName(node));
  }
}

std::unique_ptr<cmark_node, FreeNode> parse(const std::string& text) {
  cmark_gfm_core_extensions_ensure_registered();
  std::unique_ptr<cmark_parser, FreeParser> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
  // Only to recognise GFM syntax and refuse it by name: a table must never come out as text full of '|'.
  for (const char* name : {"table", "strikethrough"})
    cmark_parser_attach_syntax_extension(parser.get(), cmark_find_syntax_extension(name));
  cmark_parser_feed(parser.get(), text.data(), text.size());
  return std::unique_ptr<cmark_node, FreeNode>(cmark_parser_finish(parser.get()));
}

}  // namespace

std::vector<model::Block> readMarkdown(const MarkdownSource& source, const FigureIds& figures) {
  const auto document = parse(source.text);
  const MarkdownPositions positions(source);
  BlockReader reader(positions, figures, source.text);
  for (cmark_node* node = cmark_node_first_child(document.get()); node; node = cmark_node_next(node)) reader.read(node);
  return reader.take();
}

}  // namespace banmian::load
