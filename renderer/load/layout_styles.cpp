// Font roles, paragraph and character styles, and the Markdown element -> style map.
#include <fmt/format.h>

#include "base/diagnostics.h"
#include "load/color_parser.h"
#include "load/independent_parts.h"
#include "load/layout_keys.h"
#include "load/layout_sections.h"
#include "load/layout_words.h"
#include "load/length.h"
#include "load/name_reference.h"
#include "load/yaml_map_reader.h"

namespace banmian::load {
namespace {

using Fonts = std::map<std::string, model::FontRole>;

model::Align asAlign(const YamlValue& value) { return asEnum(value, words::kAlign); }
model::Kinsoku asKinsoku(const YamlValue& value) { return asEnum(value, words::kKinsoku); }
model::PunctuationStyle asPunctuationStyle(const YamlValue& value) { return asEnum(value, words::kPunctuation); }
Language asLanguage(const YamlValue& value) { return asEnum(value, words::kLanguage); }
bool asHanging(const YamlValue& value) { return asEnum(value, words::kHanging); }
Emphasis asEmphasis(const YamlValue& value) { return asEnum(value, words::kEmphasis); }
bool asHalfOrFull(const YamlValue& value) { return asEnum(value, words::kOpeningAtLineStart); }

double asPositiveNumber(const YamlValue& value) {
  const double number = asNumber(value);
  if (number <= 0) value.fail(fmt::format("{} must be greater than zero", value.what));
  return number;
}

model::ParagraphStyle readParagraphStyle(const YamlValue& name, const YamlValue& value, const Fonts& fonts) {
  model::ParagraphStyle style;
  style.name = asString(name);
  style.where = name.where;
  const MapReader r(value, fmt::format("paragraph style '{}'", style.name), keys::paragraphStyle());
  style.font = asReference(r.required("font"), fonts, "font role");
  style.size = asFontSize(r.required("size"));
  style.leading = asPositiveLength(r.required("leading"));
  r.readInteger("weight", style.weight);
  r.read("indent", style.indent, asEm);
  r.read("align", style.align, asAlign);
  r.read("last-line", style.last_line, asAlign);
  r.read("color", style.color, asColor);
  r.read("normalize-punctuation", style.normalize_punctuation, asBool);
  r.read("fit-width", style.fit_width, asBool);
  r.readInteger("space-before", style.space_before);
  r.readInteger("space-after", style.space_after);
  r.readInteger("rows", style.rows);
  r.read("band", style.band, asColor);
  r.read("number-box", style.number_box, asColor);
  r.read("kinsoku", style.kinsoku, asKinsoku);
  r.read("punctuation", style.punctuation, asPunctuationStyle);
  r.read("cjk-latin-spacing", style.cjk_latin_space, asEm);
  r.read("opening-at-line-start", style.opening_at_line_start_half, asHalfOrFull);
  r.read("curly-quotes", style.curly_quotes, asBool);
  r.read("hanging-punctuation", style.hanging_punctuation, asHanging);
  r.read("lang", style.lang, asLanguage);
  r.read("max-justify-gap", style.max_justify_gap, asEm);
  r.readInteger("orphans", style.orphans);
  r.readInteger("widows", style.widows);
  if (auto min_size = r.optional("min-size")) {
    style.min_size = asFontSize(*min_size);
    if (style.min_size > style.size) min_size->fail("'min-size' must not be greater than 'size'");
  }
  return style;
}

model::CharacterStyle readCharacterStyle(const YamlValue& name, const YamlValue& value, const Fonts& fonts) {
  model::CharacterStyle style;
  style.name = asString(name);
  style.where = name.where;
  const MapReader r(value, fmt::format("character style '{}'", style.name), keys::characterStyle());
  r.read("font", style.font, [&](const YamlValue& font) { return asReference(font, fonts, "font role"); });
  r.readInteger("weight", style.weight);
  r.read("scale", style.scale, asPositiveNumber);
  r.read("rise", style.rise, asNumber);
  r.read("color", style.color, asColor);
  r.read("emphasis", style.emphasis, asEmphasis);
  return style;
}

}  // namespace

namespace {

// A role is a list of families, or `{families: [...], latin: Family, latin-scale: 1.05}`.
model::FontRole readFontRole(const YamlValue& name, const YamlValue& value) {
  model::FontRole role{asString(name), {}, name.where};
  if (!value.node.IsMap()) {
    role.families = asStringList(value);
  } else {
    const MapReader r(value, fmt::format("font role '{}'", role.name), keys::fontRole());
    role.families = asStringList(r.required("families"));
    r.read("latin", role.latin, asString);
    r.read("latin-scale", role.latin_scale, asPositiveNumber);
  }
  if (role.families.empty()) value.fail(fmt::format("font role '{}' lists no font families", role.name));
  return role;
}

}  // namespace

Fonts readFonts(const YamlValue& value, DiagnosticSink& sink) {
  Fonts fonts;
  for (const auto& item : MapReader::withAnyKeys(value, "fonts").entries()) {
    const YamlValue &name = item.first, &families = item.second;  // not bindings: clang 14 cannot capture those
    // A bad role still defines its name, so styles that use it are not blamed too.
    model::FontRole role{asString(name), {}, name.where};
    readPart(sink, [&] { role = readFontRole(name, families); });
    fonts.emplace(role.name, std::move(role));
  }
  if (fonts.empty()) value.fail("'fonts' defines no font role");
  return fonts;
}

Fonts readPrintFonts(const YamlValue& value, const Fonts& fonts, DiagnosticSink& sink) {
  Fonts print_fonts = readFonts(value, sink);
  for (const auto& [name, role] : print_fonts)
    if (!fonts.contains(name))
      throw InputError(role.where, fmt::format("print font role '{}' is not a role of 'fonts'", name));
  for (const auto& [name, role] : fonts)
    if (!print_fonts.contains(name))
      value.fail(fmt::format("'print-fonts' lacks font role '{}', which 'fonts' defines", name));
  return print_fonts;
}

namespace {

// A bad style still defines its name (with defaults), so frames and Markdown that use it are not blamed too.
template <class Style, class ReadStyle>
std::map<std::string, Style> readNamedStyles(const YamlValue& value, const char* section, ReadStyle readStyle) {
  std::map<std::string, Style> styles;
  for (const auto& item : MapReader::withAnyKeys(value, section).entries()) {
    const YamlValue &name = item.first, &style = item.second;  // not bindings: clang 14 cannot capture those
    Style read;
    read.name = asString(name);
    read.where = name.where;
    readStyle(read, name, style);
    styles.emplace(read.name, std::move(read));
  }
  return styles;
}

}  // namespace

std::map<std::string, model::ParagraphStyle> readParagraphStyles(const YamlValue& value, const Fonts& fonts,
                                                                 DiagnosticSink& sink) {
  return readNamedStyles<model::ParagraphStyle>(
      value, "paragraph-styles", [&](model::ParagraphStyle& read, const YamlValue& name, const YamlValue& style) {
        readPart(sink, [&] { read = readParagraphStyle(name, style, fonts); });
      });
}

std::map<std::string, model::CharacterStyle> readCharacterStyles(const YamlValue& value, const Fonts& fonts,
                                                                 DiagnosticSink& sink) {
  return readNamedStyles<model::CharacterStyle>(
      value, "character-styles", [&](model::CharacterStyle& read, const YamlValue& name, const YamlValue& style) {
        readPart(sink, [&] { read = readCharacterStyle(name, style, fonts); });
      });
}

// Styles named here must exist; the defaults need to only when the content uses them (compose checks).
model::MarkdownStyles readMarkdownStyles(const std::optional<YamlValue>& value, const SourceLocation& fallback,
                                         const model::Layout& layout) {
  model::MarkdownStyles styles;
  styles.where = value ? value->where : fallback;
  if (!value) return styles;
  struct Element {
    const char* key;
    std::string* style;
    bool paragraph;  // a paragraph style, else a character style
  };
  const Element elements[] = {{"paragraph", &styles.paragraph, true},  {"h1", &styles.headings[0], true},
                              {"h2", &styles.headings[1], true},       {"h3", &styles.headings[2], true},
                              {"h4", &styles.headings[3], true},       {"h5", &styles.headings[4], true},
                              {"h6", &styles.headings[5], true},       {"list-item", &styles.list_item, true},
                              {"strong", &styles.strong, false},       {"emphasis", &styles.emphasis, false},
                              {"sup", &styles.superscript, false}};
  const MapReader reader(*value, "markdown", keys::markdown());
  for (const Element& element : elements) {
    const char* kind = element.paragraph ? "paragraph style" : "character style";
    if (auto name = reader.optional(element.key))
      *element.style = element.paragraph ? asReference(*name, layout.paragraph_styles, kind)
                                         : asReference(*name, layout.character_styles, kind);
  }
  return styles;
}

}  // namespace banmian::load
