#include "compose/story_flow.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "base/utf8.h"
#include "compose/column_rules.h"
#include "compose/float_placer.h"
#include "compose/line_painter.h"
#include "compose/photo_frame.h"
#include "compose/section_head.h"
#include "typeset/punctuation_normalizer.h"

namespace banmian::compose {
namespace {

// Lines a heading keeps with it at the bottom of a column: a head never ends a column.
constexpr int kKeepWithNext = 2;

const char* kHeadingMarks[] = {"#", "##", "###", "####", "#####", "######"};

// The paragraph without its first `cut` characters (normalised first, so that the marks at the cut read
// as they did in context), to go on in a column of another measure: no indent, no space before.
typeset::StyledParagraph remainderOf(typeset::StyledParagraph paragraph, size_t cut) {
  if (paragraph.format.normalize_punctuation) typeset::normalizePunctuation(paragraph);
  paragraph.format.normalize_punctuation = false;
  paragraph.format.indent = 0;
  std::vector<typeset::StyledRun> runs;
  for (auto& run : paragraph.runs) {
    std::u32string text = utf8::decode(run.text);
    const size_t drop = std::min(cut, text.size());
    cut -= drop;
    if (drop == text.size()) continue;
    run.text = utf8::encode(text.substr(drop));
    runs.push_back(std::move(run));
  }
  paragraph.runs = std::move(runs);
  return paragraph;
}

}  // namespace

// One pass of the story through one frame: the frame's free cells, and the story's state moving on.
class StoryFlow::FrameFill {
 public:
  FrameFill(StoryFlow& story, const model::Frame& frame, const std::vector<model::GridArea>& obstacles, int row_limit)
      : s_(story),
        ctx_(story.ctx_),
        frame_(frame),
        flow_(frame.area, obstacles, row_limit),
        obstacles_(obstacles),
        floats_(ctx_, flow_, obstacles_) {}

  void run();
  int rowsTaken() const { return flow_.rowsTaken(); }

 private:
  bool place(const model::Block& block);  // false: the frame is full before the block is done
  bool placeBand(const model::Block& block, const model::ParagraphStyle& style);
  bool placeLines(const std::vector<typeset::TypesetLine>& lines, const model::ParagraphStyle& style, bool keep_whole);
  void placeAnchor(const model::Block& block);
  void placeTable(const model::Block& block);
  void bookmark(const model::Block& block, double y);

  StoryFlow& s_;
  ComposeContext& ctx_;
  const model::Frame& frame_;
  ColumnFlow flow_;
  std::vector<model::GridArea> obstacles_;
  FloatPlacer floats_;
};

namespace {

// A table spans `floats: {table-columns}` columns of the frame it is set in (all by default); one that goes
// on in a frame of another grid (two columns on page 1, three after) is laid out again for that frame.
void fitTable(ComposeContext& ctx, const model::Frame& frame, FloatFigure& table) {
  const int flow_columns = frame.area.last_column - frame.area.first_column + 1;
  const int wanted = ctx.layout.floats.table_columns;
  table.columns = wanted > 0 ? std::min(wanted, flow_columns) : flow_columns;
  const double width = ctx.grid.spanWidth(table.columns);
  if (!table.table || std::abs(table.table->width - width) > 1e-6) table.table = layOutTable(ctx, *table.anchor, width);
}

}  // namespace

void StoryFlow::FrameFill::run() {
  State& state = s_.state_;
  std::vector<FloatFigure> pending = std::move(state.pending);
  state.pending.clear();
  for (FloatFigure figure : pending) {
    if (figure.table) fitTable(ctx_, frame_, figure);
    const bool placed = figure.table ? floats_.placeTableRows(figure, true) : floats_.placeFloat(figure, true);
    if (!placed) state.pending.push_back(figure);
  }
  // An anchor takes no room in the text, so one that follows the frame's last line is still placed here.
  const auto& blocks = s_.story_.blocks;
  while (state.block < blocks.size() && (!flow_.exhausted() || blocks[state.block].kind == model::Block::Kind::Figure)) {
    if (!place(blocks[state.block])) break;
    ++state.block;
    state.line = state.cut = 0;
    state.set_width = 0;
  }
  state.table_rows += floats_.tableRowsPlaced();
  model::GridArea ruled = frame_.area;
  ruled.last_row = flow_.endRow();
  drawColumnRules(ctx_, ruled, obstacles_);
}

bool StoryFlow::FrameFill::place(const model::Block& block) {
  if (block.kind == model::Block::Kind::Figure) {
    placeAnchor(block);
    return true;
  }
  const model::ParagraphStyle& style = s_.styleOf(block);
  const bool heading = block.kind == model::Block::Kind::Heading;
  const bool starting = s_.state_.line == 0 && s_.state_.cut == 0;
  if (starting && style.space_before > 0 && !flow_.atRegionTop())
    for (int i = 0; i < style.space_before && !flow_.exhausted(); ++i) flow_.takeRow();
  if (flow_.exhausted()) return false;
  if (heading && style.rows > 0) return placeBand(block, style);
  const auto& lines = s_.currentLines(ctx_.grid.columnWidth());
  if (heading && starting && flow_.rowsLeftInRegion() < int(lines.size()) + kKeepWithNext) flow_.nextRegion();
  if (heading && starting && !flow_.exhausted())
    bookmark(block, ctx_.grid.rowTop(flow_.row()));
  if (!placeLines(lines, style, heading)) return false;
  for (int r = 0; r < style.space_after && !flow_.exhausted(); ++r) flow_.takeRow();
  return true;
}

bool StoryFlow::FrameFill::placeBand(const model::Block& block, const model::ParagraphStyle& style) {
  const SectionHeadLines head = setSectionHead(ctx_, block, style, ctx_.grid.columnWidth());
  // At a region's top a head that still does not fit with its next lines takes the region as it is.
  while (!flow_.exhausted() && flow_.rowsLeftInRegion() < head.rows + kKeepWithNext &&
         !(flow_.atRegionTop() && flow_.rowsLeftInRegion() >= head.rows))
    flow_.nextRegion();
  if (flow_.exhausted()) return false;
  FlowSlot first = flow_.takeRow();
  for (int i = 1; i < head.rows; ++i) flow_.takeRow();
  drawSectionHead(ctx_, block, style, head, first.column, first.row);
  bookmark(block, ctx_.grid.rowTop(first.row));
  return true;
}

bool StoryFlow::FrameFill::placeLines(const std::vector<typeset::TypesetLine>& lines,
                                      const model::ParagraphStyle& style, bool keep_whole) {
  size_t& i = s_.state_.line;
  const int orphans = keep_whole ? int(lines.size()) : style.orphans;
  const int widows = keep_whole ? int(lines.size()) : style.widows;
  while (i < lines.size()) {
    if (flow_.exhausted()) return false;
    const size_t region = flow_.regionIndex();
    const bool first_chunk = i == 0 && s_.state_.cut == 0, top = flow_.atRegionTop();
    const size_t rows = flow_.rowsLeftInRegion();
    size_t k = linesForRegion(lines.size() - i, rows, first_chunk, top, orphans, widows);
    for (size_t end = i + k; i < end; ++i) {
      FlowSlot slot = flow_.takeRow();
      paintLine(lines[i], ctx_.grid.columnLeft(slot.column), ctx_.grid.baseline(slot.row, style.size), ctx_.items());
    }
    // Lines held back for the next region leave the rest of this one empty.
    if (i < lines.size() && flow_.regionIndex() == region) flow_.nextRegion();
  }
  return true;
}

// A photo that this page shows in a frame of its own is drawn there when the text reaches it, so that
// its caption comes out in reading order; any other figure floats.
void StoryFlow::FrameFill::placeAnchor(const model::Block& block) {
  State& state = s_.state_;
  if (block.figure == model::FigureKind::Photo) {
    for (const auto& frame : ctx_.master->frames) {
      if (frame.kind != model::FrameKind::Photo || frame.content != block.figure_id) continue;
      if (!state.filled.insert({ctx_.page_index, frame.name}).second) continue;
      composePhotoFrame(ctx_, frame);
      return;
    }
  }
  if (block.figure == model::FigureKind::Table) return placeTable(block);
  const FloatFigure figure = measureFloat(ctx_, block, frame_.area.last_column - frame_.area.first_column + 1,
                                          ++state.figures);
  const int frame_rows = frame_.area.last_row - frame_.area.first_row;
  if (figure.rows > frame_rows)
    throw InputError(block.where, fmt::format("the figure '{}' needs {} grid rows, more than flow frame '{}' has ({})",
                                              block.figure_id, figure.rows, frame_.name, frame_rows));
  if (block.figure == model::FigureKind::Photo) state.floated.insert(block.figure_id);
  if (!state.pending.empty() || !floats_.placeFloat(figure, false)) state.pending.push_back(figure);
}

// A table is set where its anchor falls, across `floats: {table-columns}` columns (all by default); the rows
// that do not fit go on at the top of the next columns or the next page under a repeated header (续表).
void StoryFlow::FrameFill::placeTable(const model::Block& block) {
  State& state = s_.state_;
  FloatFigure table;
  table.anchor = &block;
  fitTable(ctx_, frame_, table);
  table.number = ++state.tables;
  if (!state.pending.empty() || !floats_.placeTableRows(table, false)) state.pending.push_back(table);
}

void StoryFlow::FrameFill::bookmark(const model::Block& block, double y) {
  const int level = std::max(1, block.level - s_.top_heading_level_ + 1);
  ctx_.bookmarks.push_back({plainText(block), level, ctx_.page_index, y});
}

StoryFlow::StoryFlow(ComposeContext& ctx, const model::Story& story) : ctx_(ctx), story_(story) {
  for (const auto& block : story.blocks)
    if (block.kind == model::Block::Kind::Heading) top_heading_level_ = std::min(top_heading_level_, block.level);
}

const model::ParagraphStyle& StoryFlow::styleOf(const model::Block& block) const {
  const model::MarkdownStyles& md = ctx_.layout.markdown;
  switch (block.kind) {
    case model::Block::Kind::Heading:
      return ctx_.styles.paragraphStyle(md.headings[block.level - 1], block.where,
                                        fmt::format("level-{} headings ({}); name one as 'h{}' in 'markdown'",
                                                    block.level, kHeadingMarks[block.level - 1], block.level));
    case model::Block::Kind::ListItem:
      return ctx_.styles.paragraphStyle(md.list_item, block.where, "list items; name one as 'list-item' in 'markdown'");
    default: return ctx_.styles.paragraphStyle(md.paragraph, block.where, "paragraphs ('paragraph' in 'markdown')");
  }
}

const std::vector<typeset::TypesetLine>& StoryFlow::linesOf(size_t block, double width, size_t cut) {
  auto [at, inserted] = lines_.try_emplace({block, width, cut});
  if (inserted) {
    const model::Block& b = story_.blocks[block];
    typeset::StyledParagraph paragraph = ctx_.styles.paragraph(b.spans, styleOf(b));
    if (cut > 0) paragraph = remainderOf(std::move(paragraph), cut);
    at->second = ctx_.typesetter.set(std::move(paragraph), width);
  }
  return at->second;
}

const std::vector<typeset::TypesetLine>& StoryFlow::currentLines(double width) {
  State& s = state_;
  if (s.line > 0 && s.set_width != width) {
    const auto& placed = linesOf(s.block, s.set_width, s.cut);
    size_t characters = 0;
    for (size_t i = 0; i < s.line; ++i) characters += utf8::decode(placed[i].text()).size();
    s.cut += characters;
    s.line = 0;
  }
  s.set_width = width;
  return linesOf(s.block, width, s.cut);
}

void StoryFlow::fillOnce(const model::Frame& frame, const std::vector<model::GridArea>& obstacles, int row_limit) {
  FrameFill fill(*this, frame, obstacles, row_limit);
  fill.run();
  last_rows_taken_ = fill.rowsTaken();
}

bool StoryFlow::fill(const model::Frame& frame, const std::vector<model::GridArea>& obstacles) {
  const State before = state_;
  const size_t items_before = ctx_.items().size(), bookmarks_before = ctx_.bookmarks.size();
  fillOnce(frame, obstacles, -1);
  const bool progressed = state_.block != before.block || state_.line != before.line || state_.cut != before.cut ||
                          state_.pending.size() != before.pending.size() || state_.table_rows != before.table_rows;
  if (finished() && frame.balance && frame.area.last_column > frame.area.first_column)
    balance(frame, obstacles, before, items_before, bookmarks_before, last_rows_taken_);
  return progressed;
}

// The lowest height at which the rest of the story still fits this frame: columns of equal height.
void StoryFlow::balance(const model::Frame& frame, const std::vector<model::GridArea>& obstacles, const State& before,
                        size_t items_before, size_t bookmarks_before, int rows_taken) {
  const int columns = frame.area.last_column - frame.area.first_column + 1;
  const int full = frame.area.last_row - frame.area.first_row;
  auto rewind = [&] {
    state_ = before;
    ctx_.items().erase(ctx_.items().begin() + static_cast<long>(items_before), ctx_.items().end());
    ctx_.bookmarks.erase(ctx_.bookmarks.begin() + static_cast<long>(bookmarks_before), ctx_.bookmarks.end());
  };
  for (int height = std::max(1, (rows_taken + columns - 1) / columns); height < full; ++height) {
    rewind();
    fillOnce(frame, obstacles, height);
    if (finished()) return;
  }
  rewind();
  fillOnce(frame, obstacles, -1);
}

std::string StoryFlow::leftOver(double width) {
  size_t lines = 0, figures = state_.pending.size();
  for (size_t i = state_.block; i < story_.blocks.size(); ++i) {
    const model::Block& block = story_.blocks[i];
    if (block.kind == model::Block::Kind::Figure) {
      ++figures;
      continue;
    }
    lines += i == state_.block ? currentLines(width).size() - state_.line : linesOf(i, width).size();
  }
  std::string what = fmt::format("{} line{} of text", lines, lines == 1 ? "" : "s");
  if (figures > 0) what += fmt::format(" and {} figure{}", figures, figures == 1 ? "" : "s");
  what += lines + figures == 1 ? " is left over" : " are left over";
  if (state_.block >= story_.blocks.size()) return what;
  const model::Block& from = story_.blocks[state_.block];
  std::u32string text = utf8::decode(from.kind == model::Block::Kind::Figure ? from.caption : plainText(from));
  return fmt::format("{}, from \"{}…\" ({})", what, utf8::encode(text.substr(0, 12)), from.where.str());
}

}  // namespace banmian::compose
