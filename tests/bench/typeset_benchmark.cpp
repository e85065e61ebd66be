// How fast banmian sets Chinese body text, beside plain Pango laying out the same paragraphs at the same
// width in the same run. Prints figures; it is not a test and never fails on time.
//
//   build/tests/bench/typeset_benchmark [--benchmark_repetitions=5]
#include <benchmark/benchmark.h>
#include <pango/pangocairo.h>

#include "load/document_loader.h"
#include "resolve/prose_binder.h"
#include "typeset/greedy_line_breaker.h"
#include "typeset/total_fit_line_breaker.h"
#include "typeset/typesetter.h"

namespace {

using namespace banmian;

constexpr double kSize = 9;
constexpr double kMeasure = 117;  // 13 characters of 9 pt: the broadsheet's column
const char* kFamilies = "Noto Serif CJK SC,AR PL UMing CN";

// The article's body paragraphs, with its metrics bound, as the page sets them.
const std::vector<std::string>& bodyParagraphs() {
  static const std::vector<std::string> paragraphs = [] {
    model::Document doc = load::loadDocument(std::string(BANMIAN_SOURCE_DIR) + "/data/liling-2020h1.yaml");
    resolve::bindProse(doc);
    std::vector<std::string> out;
    for (const auto& block : doc.stories.at("body").blocks) {
      if (block.kind != model::Block::Kind::Paragraph) continue;
      std::string text;
      for (const auto& span : block.spans) text += span.text;
      out.push_back(text);
    }
    return out;
  }();
  return paragraphs;
}

int64_t characterCount() {
  int64_t n = 0;
  for (const auto& p : bodyParagraphs())
    for (unsigned char c : p) n += (c & 0xC0) != 0x80;
  return n;
}

typeset::StyledParagraph styled(const std::string& text) {
  typeset::StyledParagraph p;
  p.runs.push_back({text, {kFamilies, 400, kSize}, Color::black(), 0, {}});
  p.format.indent = 2 * kSize;
  return p;
}

template <class Breaker>
void setWithBanmian(benchmark::State& state) {
  typeset::Typesetter typesetter(std::make_unique<Breaker>());
  for (auto _ : state)
    for (const auto& text : bodyParagraphs()) benchmark::DoNotOptimize(typesetter.set(styled(text), kMeasure));
  state.SetItemsProcessed(state.iterations() * characterCount());
  state.SetLabel("characters");
}

void BM_BanmianTotalFit(benchmark::State& state) { setWithBanmian<typeset::TotalFitLineBreaker>(state); }
void BM_BanmianGreedy(benchmark::State& state) { setWithBanmian<typeset::GreedyLineBreaker>(state); }

// Pango's own layout of the same paragraphs: justified, 72 dpi, unrounded, zh-cn, lines read back.
void BM_PlainPango(benchmark::State& state) {
  PangoFontMap* map = pango_cairo_font_map_new();
  PangoContext* context = pango_font_map_create_context(map);
  pango_cairo_context_set_resolution(context, 72);
  pango_context_set_round_glyph_positions(context, FALSE);
  pango_context_set_language(context, pango_language_from_string("zh-cn"));
  PangoFontDescription* desc = pango_font_description_from_string("Noto Serif CJK SC 9");
  for (auto _ : state) {
    for (const auto& text : bodyParagraphs()) {
      PangoLayout* layout = pango_layout_new(context);
      pango_layout_set_font_description(layout, desc);
      pango_layout_set_width(layout, static_cast<int>(kMeasure * PANGO_SCALE));
      pango_layout_set_indent(layout, static_cast<int>(2 * kSize * PANGO_SCALE));
      pango_layout_set_justify(layout, TRUE);
      pango_layout_set_text(layout, text.c_str(), static_cast<int>(text.size()));
      benchmark::DoNotOptimize(pango_layout_get_line_count(layout));
      g_object_unref(layout);
    }
  }
  state.SetItemsProcessed(state.iterations() * characterCount());
  state.SetLabel("characters");
  pango_font_description_free(desc);
  g_object_unref(context);
  g_object_unref(map);
}

BENCHMARK(BM_BanmianTotalFit)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BanmianGreedy)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PlainPango)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
