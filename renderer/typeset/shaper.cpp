#include "typeset/shaper.h"

#include <fmt/format.h>

#include <algorithm>
#include <pango/pangocairo.h>
#include <hb.h>
#include <pango/pangofc-font.h>

#include "base/diagnostics.h"
#include "base/utf8.h"
#include "typeset/char_class.h"

namespace banmian::typeset {
namespace {

double fromPango(int units) { return static_cast<double>(units) / PANGO_SCALE; }

PangoFontDescription* describe(const FontSpec& spec) {
  PangoFontDescription* desc = pango_font_description_new();
  pango_font_description_set_family(desc, spec.families.c_str());
  pango_font_description_set_weight(desc, static_cast<PangoWeight>(spec.weight));
  // At 72 dpi (set on the context) device units are points.
  pango_font_description_set_absolute_size(desc, spec.size * PANGO_SCALE);
  return desc;
}

bool isPunctuation(char32_t c) {
  CharClass k = classify(c);
  return k == CharClass::Opening || k == CharClass::Closing || k == CharClass::Pause || k == CharClass::Stop ||
         k == CharClass::MiddleDot;
}

// Where each cluster's text ends. In a right-to-left item the glyphs run in visual order and the
// cluster offsets decrease, so the end of a cluster is the next larger start, not the next glyph's.
class ClusterEnds {
 public:
  ClusterEnds(const PangoGlyphString* glyphs, int item_length) : item_length_(item_length) {
    starts_.assign(glyphs->log_clusters, glyphs->log_clusters + glyphs->num_glyphs);
    std::sort(starts_.begin(), starts_.end());
    starts_.erase(std::unique(starts_.begin(), starts_.end()), starts_.end());
  }
  int after(int start) const {
    auto next = std::upper_bound(starts_.begin(), starts_.end(), start);
    return next == starts_.end() ? item_length_ : *next;
  }

 private:
  std::vector<int> starts_;
  int item_length_;
};

// The cluster made of glyphs [from, to) of the item's glyph string, standing for `text`.
ShapedCluster makeCluster(const StyledRun& run, std::string text, const PangoGlyphString* glyphs, int from, int to) {
  ShapedCluster c;
  c.text = std::move(text);
  std::u32string chars = utf8::decode(c.text);
  c.first = chars.front();
  c.last = chars.back();
  c.size = run.font.size;
  for (int g = from; g < to; ++g) {
    const PangoGlyphInfo& info = glyphs->glyphs[g];
    if (info.glyph & PANGO_GLYPH_UNKNOWN_FLAG)
      throw InputError(run.where, fmt::format("no installed font of '{}' has the character U+{:04X} '{}'",
                                              run.font.families, static_cast<uint32_t>(chars.front()), c.text));
    double advance = fromPango(info.geometry.width);
    c.advance += advance;
    if (info.glyph == PANGO_GLYPH_EMPTY) continue;
    c.glyphs.push_back({info.glyph, fromPango(info.geometry.x_offset), fromPango(info.geometry.y_offset), advance});
  }
  return c;
}

// Latin letters and digits, with the marks that join them (19.34, O’Neill, PM2.5), take the role's Latin
// family: Pango itemizes them apart and falls back per character as usual.
bool setInLatin(char32_t c) { return classify(c) == CharClass::Word || isApostropheMark(c); }

void addLatinFont(const StyledRun& run, PangoAttrList* attrs) {
  const std::string& text = run.text;
  // The role's own families stay behind the Latin one, for characters (or a whole family) it lacks.
  const std::string families = run.font.latin + "," + run.font.families;
  auto add = [&](size_t from, size_t to) {
    PangoAttribute* family = pango_attr_family_new(families.c_str());
    PangoAttribute* size = pango_attr_size_new_absolute(static_cast<int>(run.font.size * run.font.latin_scale * PANGO_SCALE));
    for (PangoAttribute* a : {family, size}) {
      a->start_index = static_cast<guint>(from);
      a->end_index = static_cast<guint>(to);
      pango_attr_list_insert(attrs, a);
    }
  };
  size_t start = std::string::npos;
  for (size_t pos = 0; pos < text.size();) {
    size_t at = pos;
    bool latin = setInLatin(utf8::next(text, pos));
    if (latin && start == std::string::npos) start = at;
    if (!latin && start != std::string::npos) add(start, at), start = std::string::npos;
  }
  if (start != std::string::npos) add(start, text.size());
}

// What a cluster takes from its run besides the font: shaping never sees these, so the run cache keeps
// clusters without them.
void styleClusters(const StyledRun& run, int run_index, std::vector<ShapedCluster>::iterator from,
                   std::vector<ShapedCluster>::iterator to) {
  for (auto c = from; c != to; ++c) {
    c->color = run.color;
    c->rise = run.rise;
    c->emphasis_dots = run.emphasis == Emphasis::Dots;
    c->run = run_index;
  }
}

const char* pangoLanguage(Language lang) {
  switch (lang) {
    case Language::Hant: return "zh-tw";
    case Language::HK: return "zh-hk";
    case Language::Hans: break;
  }
  return "zh-cn";
}

}  // namespace

Shaper::Shaper(const FontMap* fonts) {
  if (!fonts) own_fonts_ = std::make_unique<FontMap>();
  context_ = pango_font_map_create_context(fonts ? fonts->get() : own_fonts_->get());
  // Pango assumes 96 dpi on Cairo surfaces and rounds advances to whole units: both would move glyphs.
  pango_cairo_context_set_resolution(context_, 72);
  pango_context_set_round_glyph_positions(context_, FALSE);
  // In the C locale Pango's language is "c"; Chinese needs zh-cn for the right glyph forms of “”.
  pango_context_set_language(context_, pango_language_from_string("zh-cn"));
  pango_context_set_base_dir(context_, PANGO_DIRECTION_LTR);
}

Shaper::~Shaper() {
  for (auto& [font, index] : font_indices_) g_object_unref(font);
  if (context_) g_object_unref(context_);
}

std::vector<ShapedCluster> Shaper::shape(const StyledParagraph& paragraph) {
  std::vector<ShapedCluster> out;
  for (size_t r = 0; r < paragraph.runs.size(); ++r)
    shapeRun(paragraph.runs[r], static_cast<int>(r), paragraph.format.lang, out);
  return out;
}

void Shaper::shapeRun(const StyledRun& run, int run_index, Language lang, std::vector<ShapedCluster>& out) {
  if (run.text.empty()) return;
  const std::vector<ShapedCluster>* shaped = runs_.find(run, lang);
  if (!shaped) shaped = &runs_.store(run, lang, shapeWithPango(run, lang));
  const size_t first = out.size();
  out.insert(out.end(), shaped->begin(), shaped->end());
  styleClusters(run, run_index, out.begin() + static_cast<std::ptrdiff_t>(first), out.end());
}

std::vector<ShapedCluster> Shaper::shapeWithPango(const StyledRun& run, Language lang) {
  ++runs_shaped_;
  std::vector<ShapedCluster> out;
  PangoLanguage* language = pango_language_from_string(pangoLanguage(lang));
  PangoFontDescription* desc = describe(run.font);
  pango_context_set_font_description(context_, desc);
  pango_font_description_free(desc);
  PangoAttrList* attrs = pango_attr_list_new();
  // The item's language reaches HarfBuzz, which applies the font's locl forms for it.
  pango_attr_list_insert(attrs, pango_attr_language_new(language));
  if (!run.font.latin.empty()) addLatinFont(run, attrs);
  GList* items = pango_itemize(context_, run.text.c_str(), 0, static_cast<int>(run.text.size()), attrs, nullptr);
  pango_attr_list_unref(attrs);
  try {
    for (GList* l = items; l; l = l->next) shapeItem(run, static_cast<PangoItem*>(l->data), out);
  } catch (...) {
    g_list_free_full(items, reinterpret_cast<GDestroyNotify>(pango_item_free));
    throw;
  }
  g_list_free_full(items, reinterpret_cast<GDestroyNotify>(pango_item_free));
  return out;
}

void Shaper::shapeItem(const StyledRun& run, PangoItem* item, std::vector<ShapedCluster>& out) {
  const char* text = run.text.c_str() + item->offset;
  PangoGlyphString* glyphs = pango_glyph_string_new();
  pango_shape_with_flags(text, item->length, run.text.c_str(), static_cast<int>(run.text.size()),
                         &item->analysis, glyphs, PANGO_SHAPE_NONE);
  const size_t first = out.size();
  PangoFontDescription* drawn = pango_font_describe_with_absolute_size(item->analysis.font);
  const double font_size = fromPango(pango_font_description_get_size(drawn));
  pango_font_description_free(drawn);
  try {
    ClusterEnds ends(glyphs, item->length);
    for (int i = 0; i < glyphs->num_glyphs;) {
      int start = glyphs->log_clusters[i];
      int j = i;
      while (j < glyphs->num_glyphs && glyphs->log_clusters[j] == start) ++j;
      ShapedCluster c = makeCluster(run, std::string(text + start, ends.after(start) - start), glyphs, i, j);
      c.font = fontIndex(item->analysis.font);
      c.bidi_level = item->analysis.level;
      c.font_size = font_size > 0 ? font_size : c.size;
      measureInk(item->analysis.font, c);
      out.push_back(std::move(c));
      i = j;
    }
  } catch (...) {
    pango_glyph_string_free(glyphs);
    throw;
  }
  pango_glyph_string_free(glyphs);
  // A right-to-left item comes in visual order: the paragraph keeps its clusters in logical order.
  if (item->analysis.level % 2 == 1) std::reverse(out.begin() + static_cast<std::ptrdiff_t>(first), out.end());
}

// Where a one-glyph mark's ink lies within its advance, from the font's own outline extents. Marks differ
// between fonts (Noto SC sets ，。 low left; some kai fonts centre them), so compression asks the font.
void Shaper::measureInk(PangoFont* font, ShapedCluster& c) {
  c.ink_left = 0;
  c.ink_right = c.advance;
  if (c.glyphs.size() != 1 || !isPunctuation(c.first)) return;
  const GlyphInk& ink = inkOf(font, c.glyphs[0].id);
  if (!ink.known) return;
  double scale = c.advance / ink.advance;
  c.ink_left = ink.x_bearing * scale;
  c.ink_right = (ink.x_bearing + ink.width) * scale;
}

// Outline extents of CFF glyphs (Noto CJK) are found by running their charstrings, thousands of
// instructions a glyph, and a page asks for the same few marks in every paragraph.
const Shaper::GlyphInk& Shaper::inkOf(PangoFont* font, uint32_t glyph) {
  auto [at, inserted] = inks_.try_emplace({font, glyph});
  if (!inserted) return at->second;
  hb_font_t* hb = pango_font_get_hb_font(font);
  hb_glyph_extents_t ext;
  const hb_position_t advance = hb_font_get_glyph_h_advance(hb, glyph);
  if (hb && advance > 0 && hb_font_get_glyph_extents(hb, glyph, &ext))
    at->second = {advance, ext.x_bearing, ext.width, true};
  return at->second;
}

int Shaper::fontIndex(PangoFont* font) {
  auto found = font_indices_.find(font);
  if (found != font_indices_.end()) return found->second;
  display::FontFace face;
  if (PANGO_IS_FC_FONT(font)) {
    FcPattern* pattern = pango_fc_font_get_pattern(PANGO_FC_FONT(font));
    FcChar8* file = nullptr;
    FcChar8* family = nullptr;
    if (FcPatternGetString(pattern, FC_FILE, 0, &file) == FcResultMatch) face.file = reinterpret_cast<char*>(file);
    if (FcPatternGetString(pattern, FC_FAMILY, 0, &family) == FcResultMatch)
      face.family = reinterpret_cast<char*>(family);
    FcPatternGetInteger(pattern, FC_INDEX, 0, &face.index);
  }
  int index = -1;
  for (size_t i = 0; i < fonts_.size(); ++i)
    if (fonts_[i] == face) index = static_cast<int>(i);
  if (index < 0) {
    fonts_.push_back(face);
    index = static_cast<int>(fonts_.size()) - 1;
  }
  g_object_ref(font);
  font_indices_[font] = index;
  return index;
}

}  // namespace banmian::typeset
