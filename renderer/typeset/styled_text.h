#pragma once
// What the typesetter takes: paragraphs of runs, each run with its font and colour already resolved
// (font role -> fontconfig family list). Produced by compose from the model and the layout's styles.
#include <string>
#include <vector>

#include "base/color.h"
#include "base/source_location.h"
#include "base/text_options.h"

namespace banmian::typeset {

using ::banmian::Align;

struct FontSpec {
  std::string families;  // comma-separated fallback list, e.g. "Noto Serif CJK SC,AR PL UMing CN"
  int weight = 400;
  double size = 9;       // pt
  std::string latin = "";  // family for Latin letters and digits; "" = the families' own
  double latin_scale = 1;  // their size relative to `size`
};

struct StyledRun {
  std::string text;      // UTF-8
  FontSpec font;
  Color color = Color::black();
  double rise = 0;       // baseline shift upwards, pt (superscripts)
  SourceLocation where;
  Emphasis emphasis = Emphasis::None;
};

using ::banmian::Kinsoku;
using ::banmian::PunctuationStyle;
using ::banmian::Language;
using ::banmian::Emphasis;

struct ParagraphFormat {
  double indent = 0;     // first-line indent, pt
  Align align = Align::Justify;
  Align last_line = Align::Start;
  bool normalize_punctuation = true;
  Kinsoku kinsoku = Kinsoku::GB;
  PunctuationStyle punctuation = PunctuationStyle::Quanjiao;
  double cjk_latin_space = 0.25;   // em between Han and Latin letters or digits; may shrink to half of it
  bool opening_at_line_start_half = false;  // an opening mark at line start loses its blank half
  // Later options are set by name (compose fills the ones above positionally).
  bool curly_quotes = true;        // with normalize_punctuation: straight quotes in Chinese text -> “” ‘’
  bool hanging_punctuation = false;  // ，。、．at a line end may hang outside the measure
  Language lang = Language::Hans;  // passed to shaping (the fonts' locl forms)
  double max_ideograph_gap = 0.25;  // em: the most justification should open between two characters
};

struct StyledParagraph {
  std::vector<StyledRun> runs;
  ParagraphFormat format;
  SourceLocation where;
};

}  // namespace banmian::typeset
