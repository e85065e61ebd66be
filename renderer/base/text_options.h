#pragma once
// The paragraph options that the layout names and the typesetter obeys. They live here, below both
// stages, so that the typesetter never includes the loader's model.
namespace banmian {

enum class Align { Start, Center, End, Justify };

// clreq's levels of line-start and line-end prohibition (kinsoku). What each level forbids is listed in
// typeset/break_rules.cpp and the README's "Chinese typesetting" table.
enum class Kinsoku {
  None,    // break anywhere, except inside Latin words and numbers
  Basic,   // no line starts with a closing, pause or stop mark, none ends with an opening one
  GB,      // Basic, and —— …… stay whole, a number keeps its unit, a connector never starts a line
  Strict,  // GB, and —— …… · never start a line
};

// Punctuation width styles, as xeCJK names them.
enum class PunctuationStyle {
  Quanjiao,  // full-width marks; adjacent marks compress (。” is 1.5 em)
  Banjiao,   // every mark half-width
  Kaiming,   // 。？！ full-width, the others half-width
};

// The language of Chinese text: the fonts' regional forms (locl) and punctuation positions follow it.
enum class Language {
  Hans,  // zh-Hans: Simplified, mainland China (punctuation in the corner: ，。 low left)
  Hant,  // zh-Hant: Traditional, Taiwan (punctuation centred)
  HK,    // zh-HK: Traditional, Hong Kong (punctuation centred)
};

// Emphasis marks of a character style (GB/T 15834 着重号).
enum class Emphasis {
  None,
  Dots,  // one dot centred under each ideograph, none under punctuation
};

}  // namespace banmian
