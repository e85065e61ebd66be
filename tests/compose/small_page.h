#pragma once
// A small page built in code: two columns of 14 characters, a photo over the top of column 2.
#include "load/model.h"

namespace banmian::compose::testing {

inline model::ParagraphStyle style(const std::string& name, const std::string& font, double size, int weight = 400) {
  model::ParagraphStyle s;
  s.name = name;
  s.font = font;
  s.size = size;
  s.leading = 13;
  s.weight = weight;
  return s;
}

inline model::Frame frame(const std::string& name, model::FrameKind kind, int c0, int c1, int r0, int r1,
                          const std::string& content, const std::string& style = "") {
  model::Frame f;
  f.name = name;
  f.kind = kind;
  f.area = {c0, c1, r0, r1, {"layout.yaml", 10, 5}};
  f.content = content;
  f.style = style;
  f.where = {"layout.yaml", 10, 5};
  return f;
}

inline model::Layout smallLayout() {
  model::Layout l;
  l.file = "layout.yaml";
  l.page = {300, 400, 20, 20, 20, 20, {}};  // type area 260 x 360 pt
  l.grid.columns = 2;
  l.grid.gutter = 8;  // columns of 126 pt: 14 characters of 9 pt
  l.grid.row = 13;
  l.grid.column_rule_width = 0.3;
  l.fonts["song"] = {"song", {"Noto Serif CJK SC"}, {}};
  l.fonts["hei"] = {"hei", {"Noto Sans CJK SC"}, {}};
  auto body = style("body", "song", 9);
  body.indent = 2;
  auto head = style("section-head", "hei", 10, 700);
  head.rows = 3;
  head.align = model::Align::Start;
  head.number_box = Color::rgb(0.7, 0.1, 0.1);
  auto caption = style("caption", "song", 9);
  caption.align = model::Align::Center;
  for (const auto& s : {body, head, style("run-in", "hei", 9, 700), caption}) l.paragraph_styles[s.name] = s;
  l.markdown.headings[2] = "section-head";
  l.markdown.headings[3] = "run-in";
  model::Master page{"page", l.page, l.grid, {}, {"layout.yaml", 3, 1}};
  page.frames.push_back(frame("body", model::FrameKind::Flow, 1, 2, 0, 20, "body"));
  auto photo = frame("pic", model::FrameKind::Photo, 2, 2, 0, 8, "pic", "caption");
  photo.caption_rows = 2;
  page.frames.push_back(photo);
  l.masters.push_back(page);
  l.sequence.first = "page";
  return l;
}

inline model::Block block(model::Block::Kind kind, const std::string& text, int line, int level = 0) {
  model::Block b;
  b.kind = kind;
  b.level = level;
  if (kind == model::Block::Kind::Figure) b.figure_id = text;
  else b.spans.push_back({text, "", {"article.md", line, 1}});
  b.where = {"article.md", line, 1};
  return b;
}

inline model::Document smallDocument(int paragraphs = 1) {
  model::Document d;
  d.file = "data.yaml";
  d.photos.push_back({"pic", "图片说明", "", {"data.yaml", 7, 5}});
  auto& body = d.stories["body"];
  body.name = "body";
  body.blocks.push_back(block(model::Block::Kind::Heading, "1 第一节标题", 1, 3));
  for (int i = 0; i < paragraphs; ++i)
    body.blocks.push_back(block(model::Block::Kind::Paragraph,
                                "醴陵市全面开展入河排污口整治、城乡污水和垃圾处理设施建设、农业面源污染防治。", 3 + i));
  body.blocks.push_back(block(model::Block::Kind::Figure, "pic", 100));
  body.blocks.push_back(block(model::Block::Kind::Paragraph, "城市变美了，乡村变靓了，瓷城醴陵，文明新风洋溢。", 102));
  return d;
}

}  // namespace banmian::compose::testing
