#pragma once
// A story threaded through its chain of flow frames, frame after frame and page after page: section
// heads kept with the lines that follow them, paragraphs line by line on the grid with their widows and
// orphans, figures floated near their anchors, and the columns balanced where the story ends.
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "compose/column_flow.h"
#include "compose/compose_context.h"
#include "compose/float_figure.h"

namespace banmian::compose {

class StoryFlow {
 public:
  StoryFlow(ComposeContext& ctx, const model::Story& story);

  bool finished() const { return state_.block >= story_.blocks.size() && state_.pending.empty(); }
  // Sets as much of the story as `frame` of the current page holds; its items go to ctx.items().
  // Returns whether any of the story was placed.
  bool fill(const model::Frame& frame, const std::vector<model::GridArea>& obstacles);
  // What is left over, for the error when no frame is left:
  // "12 lines of text and 1 figure are left over, from \"…\" (a.md:3:1)".
  std::string leftOver(double width);
  // Photo frames of the pages that anchors filled: (page index, frame name).
  const std::set<std::pair<int, std::string>>& photoFramesFilled() const { return state_.filled; }
  // Photos placed as floats, anywhere.
  const std::set<std::string>& photosFloated() const { return state_.floated; }

 private:
  struct State {
    size_t block = 0;          // the next block to place
    size_t line = 0;           // lines of that block's current setting already placed
    size_t cut = 0;            // characters of that block placed before its current setting
    double set_width = 0;      // the measure of its current setting
    int figures = 0;           // floats numbered so far
    int tables = 0;            // tables numbered so far
    size_t table_rows = 0;     // table rows placed so far (a long table moves on part by part)
    std::vector<FloatFigure> pending;  // floats that found no room yet
    std::set<std::pair<int, std::string>> filled;
    std::set<std::string> floated;
  };
  class FrameFill;

  void fillOnce(const model::Frame& frame, const std::vector<model::GridArea>& obstacles, int row_limit);
  void balance(const model::Frame& frame, const std::vector<model::GridArea>& obstacles, const State& before,
               size_t items_before, size_t bookmarks_before, int rows_taken);
  const model::ParagraphStyle& styleOf(const model::Block& block) const;
  const std::vector<typeset::TypesetLine>& linesOf(size_t block, double width, size_t cut = 0);
  // The lines of the current block at `width`: a paragraph that goes on in a column of another measure
  // is set again from the first character not yet placed.
  const std::vector<typeset::TypesetLine>& currentLines(double width);

  ComposeContext& ctx_;
  const model::Story& story_;
  State state_;
  int top_heading_level_ = 6;
  int last_rows_taken_ = 0;
  std::map<std::tuple<size_t, double, size_t>, std::vector<typeset::TypesetLine>> lines_;
};

}  // namespace banmian::compose
