// The layout's key tables. Each description is the key's documentation: `banmian schema layout` carries
// it to the editor, which shows it on hover.
#include "load/layout_keys.h"

#include "load/layout_words.h"

namespace banmian::load::keys {
namespace {

using namespace types;

ValueType styleName() { return described(text(), "the name of a paragraph style of 'paragraph-styles'"); }
ValueType fontRoleName() { return described(text(), "the name of a font role of 'fonts'"); }

std::vector<KeySpec> boxKeys() {
  return {
      required("font", fontRoleName(), "Font role (of 'fonts') the paragraph is set in."),
      optional("weight", integer(100, 900), "Font weight, 100 to 900 (400 regular, 700 bold)."),
      required("size", length(), "Font size: 10.5pt, 3.7mm, or a number of points."),
      required("leading", length(), "Line spacing, baseline to baseline; body text's is the grid's row."),
      optional("indent", em(), "First-line indent in em of the font size (2em: two characters)."),
      optional("align", enumOf(wordsOf(words::kAlign)), "Alignment of every line but the last (default justify)."),
      optional("last-line", enumOf(wordsOf(words::kAlign)), "Alignment of the last line (default start)."),
      optional("color", color(), "Text colour: \"#rrggbb\" or {cmyk: [c, m, y, k]}."),
      optional("fit-width", boolean(), "Shrink a heading that would wrap until it fits one line, down to 'min-size'."),
      optional("min-size", length(), "The smallest size 'fit-width' may shrink to (at most 'size')."),
      optional("space-before", integer(0, 1000), "Empty grid rows before the paragraph (a section head)."),
      optional("space-after", integer(0, 1000), "Empty grid rows after the paragraph."),
      optional("rows", integer(0, 1000), "A heading band of this many grid rows; a longer head wraps onto more."),
      optional("band", color(), "Tint of the heading band ('rows')."),
      optional("number-box", color(), "Colour of the box round a heading's leading number (1 标题)."),
  };
}

// The Chinese typesetting keys (W3C clreq, GB/T 15834).
std::vector<KeySpec> clreqKeys() {
  return {
      optional("kinsoku", enumOf(wordsOf(words::kKinsoku)),
               "禁则 (line-breaking rules): none; basic (no line starts with a closing mark, a pause or stop mark, "
               "% or ·, none ends with an opening mark); gb (default: also —— and …… never split, a number keeps "
               "its unit, a date stays whole); strict (also —— and …… never start a line)."),
      optional("punctuation", enumOf(wordsOf(words::kPunctuation)),
               "Punctuation widths: quanjiao (default: full-width marks, adjacent marks compressed), banjiao (all "
               "half-width), kaiming (。？！． full, the rest half)."),
      optional("cjk-latin-spacing", em(),
               "Space between Han and Latin letters or digits, in em (default 0.25em); none at line edges or "
               "beside punctuation; may shrink to half. 0 keeps copied text free of spaces."),
      optional("opening-at-line-start", enumOf(wordsOf(words::kOpeningAtLineStart)),
               "full (default) or half: whether an opening mark at a line start loses its blank half."),
      optional("hanging-punctuation", enumOf(wordsOf(words::kHanging)),
               "none (default) or end: ，。、． at a line end hang past the measure."),
      optional("lang", enumOf(wordsOf(words::kLanguage)),
               "Language for shaping, so the fonts' regional forms apply: zh-Hans (default), zh-Hant, zh-HK "
               "(centred ，。)."),
      optional("max-justify-gap", em(),
               "The widest gap justification should open between two characters, in em (default 0.25em); "
               "--verbose names lines that exceed it."),
      optional("orphans", integer(1, 10),
               "Fewest first lines of a paragraph left at a column's foot (default 2)."),
      optional("widows", integer(1, 10), "Fewest last lines of a paragraph carried to a column's head (default 2)."),
      optional("normalize-punctuation", boolean(),
               "true (default): half-width , ; : ! ? ( ) touching Chinese become full-width, brackets as pairs."),
      optional("curly-quotes", boolean(),
               "true (default): with normalize-punctuation, straight \"…\" and '…' in Chinese become “…” and ‘…’."),
  };
}

}  // namespace

const MapSpec& layout() {
  static const MapSpec spec{
      "layout",
      "A banmian layout: the page, its grid, fonts, styles and the frames content is set in.",
      {
          required("page", map(page()), "Page size and margins."),
          required("grid", map(grid()), "Columns, gutter and row (the body leading) of the type area."),
          required("fonts", namedMap(fontRoleValue()), "Font roles (song, hei, kai, ...): fallback lists of families."),
          optional("print-fonts", namedMap(fontRoleValue()),
                   "TrueType families for the print edition (--backend haru, --fonts print), the same roles as 'fonts'."),
          required("paragraph-styles", namedMap(map(paragraphStyle())), "Paragraph styles by name."),
          optional("character-styles", namedMap(map(characterStyle())),
                   "Character styles by name (for **strong**, *emphasis*, <sup>)."),
          optional("markdown", map(markdown()), "Which style each Markdown element is set in."),
          optional("theme", map(theme()), "Colours and fonts of charts; a layout with charts needs it."),
          optional("frames", list(map(frame()), 1), "The frames of the master page named 'page', in reading order."),
          optional("masters", list(map(master())), "More master pages, each with its own frames."),
          optional("sequence", map(sequence()), "Which master the first page comes from and which one repeats."),
          optional("floats", map(floats()), "How figures and tables float in a story."),
          optional("wording", map(wording()), "The verbs of {{x|trend}} and {{x|pp}}, for a house style."),
      }};
  return spec;
}

const MapSpec& page() {
  static const MapSpec spec{
      "page",
      "The page: its size and margins.",
      {required("size", tuple(length(), 2), "[width, height], e.g. [210mm, 297mm]; at most 200in a side."),
               required("margins", map(margins()), "The margins round the type area.")}};
  return spec;
}

const MapSpec& margins() {
  static const MapSpec spec{"margins",
                            "Margins round the type area.",
                            {required("top", length(), "Top margin."),
                                     required("bottom", length(), "Bottom margin."),
                                     required("left", length(), "Left margin."),
                                     required("right", length(), "Right margin.")}};
  return spec;
}

const MapSpec& grid() {
  static const MapSpec spec{
      "grid",
      "The grid frames are placed on: columns across, rows of the body leading down.",
      {required("columns", integer(1, 100), "Number of columns."),
               required("gutter", length(), "Space between columns."),
               required("row", length(), "Height of a grid row: the body text's leading."),
               optional("column-rule", map(columnRule()), "A rule in each gutter between columns of text.")}};
  return spec;
}

const MapSpec& columnRule() {
  static const MapSpec spec{"column-rule",
                            "A vertical rule between columns of text.",
                            {required("width", length(), "Line width of the rule."),
                                     optional("color", color(), "Colour of the rule.")}};
  return spec;
}

ValueType fontRoleValue() {
  return oneOf({described(list(text(), 1), "Font families, the first preferred, the next for what it lacks."),
                map(fontRole())});
}

const MapSpec& fontRole() {
  static const MapSpec spec{
      "font-role",
      "A font role with a Latin family of its own.",
      {required("families", list(text(), 1), "Font families, the first preferred."),
               optional("latin", text(), "Family for Latin letters and digits."),
               optional("latin-scale", number(), "Size of the Latin family relative to the text (e.g. 1.05).")}};
  return spec;
}

const MapSpec& paragraphStyle() {
  static const MapSpec spec = [] {
    MapSpec result{"paragraph-style", "A paragraph style.", boxKeys()};
    for (KeySpec& key : clreqKeys()) result.keys.push_back(std::move(key));
    return result;
  }();
  return spec;
}

const MapSpec& characterStyle() {
  static const MapSpec spec{
      "character-style",
      "A character style: changes to the paragraph's font for a run of text.",
      {optional("font", fontRoleName(), "Font role of the run (default: the paragraph's)."),
               optional("weight", integer(100, 900), "Font weight, 100 to 900."),
               optional("scale", number(), "Size relative to the paragraph's (0.6 for a superscript)."),
               optional("rise", number(), "Baseline shift in em of the paragraph's size (0.35 for a superscript)."),
               optional("color", color(), "Colour of the run."),
               optional("emphasis", enumOf(wordsOf(words::kEmphasis)),
                        "dots: 着重号, a dot under each ideograph (none under punctuation, Latin or digits).")}};
  return spec;
}

const MapSpec& markdown() {
  static const MapSpec spec = [] {
    MapSpec result{"markdown", "The style each Markdown element is set in."};
    result.keys.push_back(optional("paragraph", styleName(), "Paragraph style of paragraphs (default body)."));
    for (int level = 1; level <= 6; ++level)
      result.keys.push_back(optional("h" + std::to_string(level), styleName(),
                                     "Paragraph style of level-" + std::to_string(level) + " headings."));
    result.keys.push_back(optional("list-item", styleName(), "Paragraph style of list items."));
    result.keys.push_back(optional("strong", text(), "Character style of **strong** text."));
    result.keys.push_back(optional("emphasis", text(), "Character style of *emphasis*."));
    result.keys.push_back(optional("sup", text(), "Character style of <sup>…</sup>."));
    return result;
  }();
  return spec;
}

}  // namespace banmian::load::keys
