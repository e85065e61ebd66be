#include "compose/page_composer.h"

#include <fmt/format.h>

#include "compose/chart_frame.h"
#include "compose/compose_context.h"
#include "compose/photo_frame.h"
#include "compose/story_flow.h"
#include "compose/text_frames.h"
#include "load/edit_distance.h"
#include "typeset/grid_measure.h"

namespace banmian::compose {
namespace {

bool overlaps(const model::GridArea& a, const model::GridArea& b) {
  return a.first_column <= b.last_column && b.first_column <= a.last_column && a.first_row < b.last_row &&
         b.first_row < a.last_row;
}

// The fixed frames of the master that lie over `flow`: the text goes around them.
std::vector<model::GridArea> obstaclesOf(const model::Master& master, const model::Frame& flow) {
  std::vector<model::GridArea> out;
  for (const auto& frame : master.frames)
    if (&frame != &flow && frame.kind != model::FrameKind::Flow && overlaps(frame.area, flow.area))
      out.push_back(frame.area);
  return out;
}

std::string storyHint(const model::Document& document, const std::string& name) {
  std::vector<std::string> names;
  for (const auto& [story, _] : document.stories) names.push_back(story);
  return load::didYouMean(name, names);
}

display::Metadata metadataOf(const model::Document& document) {
  display::Metadata m;
  auto field = [&](const char* name) { return document.findField(name) ? document.findField(name)->text : ""; };
  m.title = field("title");
  m.subject = field("subtitle");
  m.author = field("byline");
  if (const auto& p = document.publication) m.keywords = fmt::format("{} {} {}", p->paper, p->section, p->date);
  return m;
}

// Pages are planned by running the stories through their flow frames, adding pages from the repeating
// master while any story has text left; then every page's frames are composed in reading order.
class DocumentComposer {
 public:
  explicit DocumentComposer(ComposeContext& ctx) : ctx_(ctx) {}
  display::Document run();

 private:
  struct PagePlan {
    const model::Master* master;
    std::map<size_t, std::vector<display::Item>> flow_items;  // by frame index
  };

  void planPages();
  bool flowPage(PagePlan& page);
  [[noreturn]] void overflow(const std::string& story, const model::Master& master, const std::string& why);
  void checkRepeatCarries(const model::Master& repeat);
  display::Page composePage(PagePlan& page, int index);
  bool photoFloated(const std::string& photo) const;
  void startFlows(const model::Master& master);
  void warnOffGrid(const model::Master& master, const model::Frame& frame);

  ComposeContext& ctx_;
  std::map<std::string, StoryFlow> flows_;
  std::vector<PagePlan> pages_;
};

// Every story that a flow frame of the page sequence sets, so that one starting on a later page counts.
void DocumentComposer::startFlows(const model::Master& master) {
  for (const auto& frame : master.frames) {
    if (frame.kind != model::FrameKind::Flow || flows_.contains(frame.content)) continue;
    const model::Story* story = ctx_.document.findStory(frame.content);
    if (!story)
      throw InputError(frame.where, fmt::format("flow frame '{}' sets story '{}', which the data does not have{}",
                                                frame.name, frame.content, storyHint(ctx_.document, frame.content)));
    flows_.try_emplace(frame.content, ctx_, *story);
    warnOffGrid(master, frame);
  }
}

// A flow whose columns are not a whole number of body characters leaves the character grid.
void DocumentComposer::warnOffGrid(const model::Master& master, const model::Frame& frame) {
  const auto& styles = ctx_.layout.paragraph_styles;
  auto body = styles.find(ctx_.layout.markdown.paragraph);
  if (body == styles.end()) return;
  if (auto off_grid = typeset::offGridMeasure(PageGrid(master).columnWidth(), body->second.size))
    ctx_.diagnostics.warn(frame.where, *off_grid);
}

bool DocumentComposer::flowPage(PagePlan& page) {
  bool progressed = false;
  ctx_.usePage(*page.master, static_cast<int>(pages_.size()) - 1);
  for (size_t i = 0; i < page.master->frames.size(); ++i) {
    const model::Frame& frame = page.master->frames[i];
    if (frame.kind != model::FrameKind::Flow) continue;
    ctx_.out = &page.flow_items[i];
    progressed = flows_.at(frame.content).fill(frame, obstaclesOf(*page.master, frame)) || progressed;
  }
  return progressed;
}

void DocumentComposer::overflow(const std::string& story, const model::Master& master, const std::string& why) {
  const model::Frame* last = nullptr;
  for (const auto& frame : master.frames)
    if (frame.kind == model::FrameKind::Flow && frame.content == story) last = &frame;
  const SourceLocation where = last ? last->where : ctx_.layout.sequence.where;
  const double width = PageGrid(master).columnWidth();
  throw InputError(where, fmt::format("story '{}' does not fit: {}; {}", story,
                                      flows_.at(story).leftOver(width), why));
}

void DocumentComposer::checkRepeatCarries(const model::Master& repeat) {
  for (auto& [name, flow] : flows_) {
    if (flow.finished()) continue;
    bool carried = false;
    for (const auto& frame : repeat.frames) carried |= frame.kind == model::FrameKind::Flow && frame.content == name;
    if (!carried)
      overflow(name, *pages_.back().master,
               fmt::format("master page '{}', which the pages repeat, has no flow frame for it", repeat.name));
  }
}

void DocumentComposer::planPages() {
  const model::PageSequence& sequence = ctx_.layout.sequence;
  const model::Master* master = &ctx_.layout.master(sequence.first);
  startFlows(*master);
  if (!sequence.repeat.empty()) startFlows(ctx_.layout.master(sequence.repeat));
  for (;;) {
    pages_.push_back({master, {}});
    const bool progressed = flowPage(pages_.back());
    std::string unfinished;
    for (auto& [name, flow] : flows_)
      if (!flow.finished() && unfinished.empty()) unfinished = name;
    if (unfinished.empty()) return;
    if (sequence.repeat.empty()) overflow(unfinished, *master, "the layout's page sequence allows no more pages");
    if (static_cast<int>(pages_.size()) >= sequence.max_pages)
      overflow(unfinished, *master, fmt::format("the page sequence allows at most {} pages (max-pages)",
                                                sequence.max_pages));
    if (!progressed && master == &ctx_.layout.master(sequence.repeat))
      overflow(unfinished, *master, "a whole page of its flow frames holds none of what is left");
    master = &ctx_.layout.master(sequence.repeat);
    checkRepeatCarries(*master);
  }
}

bool DocumentComposer::photoFloated(const std::string& photo) const {
  for (const auto& [name, flow] : flows_)
    if (flow.photosFloated().contains(photo)) return true;
  return false;
}

display::Page DocumentComposer::composePage(PagePlan& page, int index) {
  display::Page out;
  out.width = page.master->page.width;
  out.height = page.master->page.height;
  ctx_.usePage(*page.master, index);
  ctx_.out = &out.items;
  const int pages = static_cast<int>(pages_.size());
  for (size_t i = 0; i < page.master->frames.size(); ++i) {
    const model::Frame& frame = page.master->frames[i];
    switch (frame.kind) {
      case model::FrameKind::Text: composeTextFrame(ctx_, frame, pages); break;
      case model::FrameKind::Rule: composeRule(ctx_, frame); break;
      case model::FrameKind::Chart: composeChartFrame(ctx_, frame); break;
      case model::FrameKind::Flow:
        for (auto& item : page.flow_items[i]) out.items.push_back(std::move(item));
        break;
      case model::FrameKind::Photo: {
        bool filled = false;
        for (const auto& [name, flow] : flows_) filled |= flow.photoFramesFilled().contains({index, frame.name});
        // A photo that its anchor floated elsewhere is not shown twice.
        if (!filled && !photoFloated(frame.content)) composePhotoFrame(ctx_, frame);
        break;
      }
    }
  }
  return out;
}

display::Document DocumentComposer::run() {
  planPages();
  display::Document out;
  for (size_t i = 0; i < pages_.size(); ++i) out.pages.push_back(composePage(pages_[i], static_cast<int>(i)));
  out.metadata = metadataOf(ctx_.document);
  out.fonts = ctx_.typesetter.fonts();
  out.bookmarks = std::move(ctx_.bookmarks);
  std::stable_sort(out.bookmarks.begin(), out.bookmarks.end(),
                   [](const display::Bookmark& a, const display::Bookmark& b) { return a.page < b.page; });
  return out;
}

}  // namespace

display::Document composeDocument(const model::Layout& layout, const model::Document& document,
                                  const resolve::ResolvedAssets& assets, typeset::Typesetter& typesetter,
                                  DiagnosticSink& diagnostics) {
  const model::Master& first = layout.master(layout.sequence.first);
  ComposeContext ctx{layout, document, assets, typesetter, diagnostics, StyleSheet(layout, assets.font_families),
                     &first, PageGrid(first), 0, nullptr, {}};
  return DocumentComposer(ctx).run();
}

}  // namespace banmian::compose
