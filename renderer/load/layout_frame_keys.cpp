// The key tables of frames, master pages, the page sequence, floats, wording and charts.
#include "load/layout_keys.h"
#include "load/layout_words.h"

namespace banmian::load::keys {
namespace {

using namespace types;

std::vector<KeySpec> frameKeys() {
  return {
      required("name", text(), "The frame's name, unique in the layout."),
      required("kind", enumOf(wordsOf(words::kFrameKind)),
               "text (a field or a template), flow (a story through a chain of frames), photo, rule or chart."),
      optional("content", text(), "The field, story or photo of the data file the frame shows (flow: default body)."),
      optional("text", oneOf({text(), described(list(text(), 1), "start, centre and end parts (one to three)")}),
               "A template set in a text frame instead of 'content': {{publication.date|zh-date}}, {{page}}, "
               "{{pages}}, {{fields.NAME}}, metrics."),
      optional("style", text(), "Paragraph style of the text, or of a photo's caption."),
      required("columns", tuple(integer(1, 100), 2), "[first, last] grid columns, from 1, both included."),
      required("rows", tuple(integer(0, 100000), 2), "[first, end] grid rows, from 0, the end excluded."),
      optional("valign", enumOf(wordsOf(words::kVerticalAlign)), "Vertical alignment of a text frame's lines."),
      optional("caption-rows", integer(0, 1000), "Rows under a photo kept for its caption."),
      optional("background", color(), "Background tint of a text frame."),
      optional("padding", length(), "Inner padding of a text frame with a background."),
      optional("width", length(), "Line width of a rule."),
      optional("color", color(), "Colour of a rule."),
      optional("balance", boolean(), "Balance the columns where the story ends (default true)."),
      optional("chart", map(chart()), "The chart a chart frame draws."),
  };
}

}  // namespace

const MapSpec& frame() {
  static const MapSpec spec = [] {
    MapSpec result{"frame", "A frame: a rectangle of grid cells and what it shows.", frameKeys()};
    result.selector = "kind";
    result.common = {"name", "kind", "columns", "rows"};
    result.variants = {{"text", {"content", "text", "style", "valign", "background", "padding"}},
                       {"flow", {"content", "balance"}},
                       {"photo", {"content", "style", "caption-rows"}},
                       {"rule", {"width", "color"}},
                       {"chart", {"chart"}}};
    return result;
  }();
  return spec;
}

const MapSpec& master() {
  static const MapSpec spec{
      "master",
      "A master page: frames, on its own page and grid if it gives them.",
      {required("name", text(), "The master's name, for 'sequence'."),
               optional("page", map(page()), "Page size and margins (default: the layout's)."),
               optional("grid", map(grid()), "The grid (default: the layout's)."),
               required("frames", list(map(frame()), 1), "The master's frames, in reading order.")}};
  return spec;
}

const MapSpec& sequence() {
  static const MapSpec spec{
      "sequence",
      "The page sequence: pages are added from 'repeat' while a story has text left.",
      {optional("first", text(), "Master of the first page (default: the first master)."),
               optional("repeat", text(), "Master each following page comes from; none: one page only."),
               optional("max-pages", integer(1, 100000), "Most pages the document may have.")}};
  return spec;
}

const MapSpec& floats() {
  static const MapSpec spec{
      "floats",
      "How figures and tables float in a story.",
      {optional("columns", integer(1, 100), "Columns a floating photo spans."),
               optional("photo-rows", integer(1, 1000), "Rows of a photo placeholder without a file."),
               optional("caption-style", text(), "Paragraph style of figure captions."),
               optional("numbering", text(), "Figure numbering: \"图{n}\"."),
               optional("table-columns", integer(0, 100), "Columns a table spans (0: all the flow's)."),
               optional("table-numbering", text(), "Table numbering: \"表{n}\"."),
               optional("table-style", text(), "Paragraph style of table cells, captions and notes.")}};
  return spec;
}

const MapSpec& wording() {
  static const MapSpec spec{
      "wording",
      "The words of {{x|trend}} and {{x|pp}}.",
      {optional("rise", text(), "增长"), optional("fall", text(), "下降"), optional("flat", text(), "持平"),
               optional("points-rise", text(), "提高"), optional("points-fall", text(), "回落"),
               optional("points-flat", text(), "持平 (percentage points)"),
               optional("points", text(), "个百分点")}};
  return spec;
}

}  // namespace banmian::load::keys
