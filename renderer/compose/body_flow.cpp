#include "compose/body_flow.h"

#include <fmt/format.h>

#include "base/utf8.h"
#include "compose/column_flow.h"
#include "compose/column_rules.h"
#include "compose/line_painter.h"
#include "compose/photo_frame.h"
#include "compose/section_head.h"
#include "typeset/grid_measure.h"

namespace banmian::compose {
namespace {

// Lines a heading keeps with it at the bottom of a column: a head never ends a column.
constexpr int kKeepWithNext = 2;

bool overlaps(const model::GridArea& a, const model::GridArea& b) {
  return a.first_column <= b.last_column && b.first_column <= a.last_column && a.first_row < b.last_row &&
         b.first_row < a.last_row;
}

class BodyFlow {
 public:
  BodyFlow(ComposeContext& ctx, const model::Frame& frame)
      : ctx_(ctx), frame_(frame), flow_(frame.area, obstaclesOf(ctx.layout, frame)) {}

  std::set<std::string> run();

 private:
  void place(size_t index);
  void placeHeading(const model::Block& block, const model::ParagraphStyle& style);
  void placeLines(const std::vector<typeset::TypesetLine>& lines, const model::ParagraphStyle& style, size_t index);
  void placeFigure(const model::Block& block);
  const model::ParagraphStyle& styleOf(const model::Block& block) const;
  [[noreturn]] void overflow(size_t index, size_t lines_left);

  ComposeContext& ctx_;
  const model::Frame& frame_;
  ColumnFlow flow_;
  std::set<std::string> anchored_;
};

const model::ParagraphStyle& BodyFlow::styleOf(const model::Block& block) const {
  const model::MarkdownStyles& md = ctx_.layout.markdown;
  if (block.kind == model::Block::Kind::Heading)
    return ctx_.styles.paragraphStyle(block.level == 3 ? md.heading3 : md.heading4);
  return ctx_.styles.paragraphStyle(md.paragraph);
}

std::set<std::string> BodyFlow::run() {
  const model::ParagraphStyle& body = ctx_.styles.paragraphStyle(ctx_.layout.markdown.paragraph);
  if (auto off_grid = typeset::offGridMeasure(ctx_.grid.columnWidth(), body.size))
    ctx_.diagnostics.warn(frame_.where, *off_grid);
  for (size_t i = 0; i < ctx_.document.body.size(); ++i) place(i);
  drawColumnRules(ctx_, frame_, obstaclesOf(ctx_.layout, frame_));
  return anchored_;
}

void BodyFlow::place(size_t index) {
  const model::Block& block = ctx_.document.body[index];
  if (block.kind == model::Block::Kind::Figure) return placeFigure(block);
  const model::ParagraphStyle& style = styleOf(block);
  if (flow_.exhausted()) overflow(index, 0);
  if (style.space_before > 0 && !flow_.atRegionTop())
    for (int i = 0; i < style.space_before && !flow_.exhausted(); ++i) flow_.takeRow();
  if (style.rows > 0) return placeHeading(block, style);
  auto lines = ctx_.typesetter.set(ctx_.styles.paragraph(block.spans, style), ctx_.grid.columnWidth());
  if (block.kind == model::Block::Kind::Heading && flow_.rowsLeftInRegion() < int(lines.size()) + kKeepWithNext)
    flow_.nextRegion();
  placeLines(lines, style, index);
}

void BodyFlow::placeHeading(const model::Block& block, const model::ParagraphStyle& style) {
  if (flow_.rowsLeftInRegion() < style.rows + kKeepWithNext) flow_.nextRegion();
  if (flow_.exhausted()) overflow(&block - ctx_.document.body.data(), style.rows);
  FlowSlot first = flow_.takeRow();
  for (int i = 1; i < style.rows; ++i) flow_.takeRow();
  drawSectionHead(ctx_, block, style, first.column, first.row, style.rows);
}

void BodyFlow::placeLines(const std::vector<typeset::TypesetLine>& lines, const model::ParagraphStyle& style,
                          size_t index) {
  size_t i = 0;
  while (i < lines.size()) {
    if (flow_.exhausted()) overflow(index, lines.size() - i);
    size_t region = flow_.regionIndex();
    size_t k = linesForRegion(lines.size() - i, flow_.rowsLeftInRegion(), i == 0, flow_.atRegionTop(),
                              style.orphans, style.widows);
    for (size_t end = i + k; i < end; ++i) {
      FlowSlot slot = flow_.takeRow();
      paintLine(lines[i], ctx_.grid.columnLeft(slot.column), ctx_.grid.baseline(slot.row, style.size), ctx_.items());
    }
    // Lines held back for the next region leave the rest of this one empty.
    if (i < lines.size() && flow_.regionIndex() == region) flow_.nextRegion();
  }
  for (int r = 0; r < style.space_after && !flow_.exhausted(); ++r) flow_.takeRow();
}

void BodyFlow::placeFigure(const model::Block& block) {
  for (const auto& frame : ctx_.layout.frames) {
    if (frame.kind == model::FrameKind::Photo && frame.content == block.photo) {
      composePhotoFrame(ctx_, frame);
      anchored_.insert(block.photo);
      return;
    }
  }
  throw InputError(block.where, fmt::format("no photo frame of the layout shows photo '{}'", block.photo));
}

void BodyFlow::overflow(size_t index, size_t lines_left) {
  size_t more = lines_left;
  for (size_t i = index + 1; i < ctx_.document.body.size(); ++i) {
    const model::Block& b = ctx_.document.body[i];
    if (b.kind == model::Block::Kind::Figure) continue;
    more += ctx_.typesetter.set(ctx_.styles.paragraph(b.spans, styleOf(b)), ctx_.grid.columnWidth()).size();
  }
  std::u32string from = utf8::decode(plainText(ctx_.document.body[index]));
  throw InputError(frame_.where, fmt::format("the text of flow '{}' does not fit: about {} more lines are left "
                                             "over, from \"{}…\" ({})", frame_.name, more,
                                             utf8::encode(from.substr(0, 12)),
                                             ctx_.document.body[index].where.str()));
}

}  // namespace

std::vector<model::GridArea> obstaclesOf(const model::Layout& layout, const model::Frame& flow) {
  std::vector<model::GridArea> out;
  for (const auto& frame : layout.frames)
    if (&frame != &flow && frame.kind != model::FrameKind::Flow && overlaps(frame.area, flow.area))
      out.push_back(frame.area);
  return out;
}

std::set<std::string> composeBodyFlow(ComposeContext& ctx, const model::Frame& flow) {
  return BodyFlow(ctx, flow).run();
}

}  // namespace banmian::compose
