// Time per character of setting ONE paragraph as it grows from 1,000 to 1,000,000 characters: the
// typesetter must be linear (or n log n) in a paragraph's length. The paragraph repeats the article's
// body (Han, Latin, digits with units, punctuation) without paragraph breaks. Prints figures (ns per
// character in the counters); it is not a test and never fails on time.
//
//   build/tests/bench/paragraph_length_benchmark
#include <benchmark/benchmark.h>

#include "base/utf8.h"
#include "load/document_loader.h"
#include "resolve/prose_binder.h"
#include "typeset/typesetter.h"

namespace {

using namespace banmian;

constexpr double kSize = 9;
constexpr double kMeasure = 117;  // the broadsheet's column: 13 characters of 9 pt

std::u32string articleText() {
  model::Document doc = load::loadDocument(std::string(BANMIAN_SOURCE_DIR) + "/data/liling-2020h1.yaml");
  resolve::bindProse(doc);
  std::string text;
  for (const auto& block : doc.stories.at("body").blocks)
    if (block.kind == model::Block::Kind::Paragraph)
      for (const auto& span : block.spans) text += span.text;
  return utf8::decode(text);
}

// The first `characters` characters of the article repeated as one paragraph.
std::string paragraphOf(size_t characters) {
  static const std::u32string article = articleText();
  std::u32string out;
  out.reserve(characters);
  while (out.size() < characters) out += article.substr(0, characters - out.size());
  return utf8::encode(out);
}

void BM_OneParagraph(benchmark::State& state) {
  const size_t n = static_cast<size_t>(state.range(0));
  typeset::StyledParagraph p;
  p.runs.push_back({paragraphOf(n), {"Noto Serif CJK SC,AR PL UMing CN", 400, kSize}, Color::black(), 0, {}});
  p.format.indent = 2 * kSize;
  typeset::Typesetter typesetter;
  for (auto _ : state) benchmark::DoNotOptimize(typesetter.set(p, kMeasure));
  state.counters["ns_per_char"] = benchmark::Counter(static_cast<double>(n) * 1e-9,
                                                     benchmark::Counter::kIsIterationInvariantRate |
                                                         benchmark::Counter::kInvert);
}

BENCHMARK(BM_OneParagraph)->RangeMultiplier(10)->Range(1000, 1000000)->Unit(benchmark::kMillisecond);

// A Latin "word" of n letters inside Chinese: no legal break fits, so the breaker's last resort runs.
void BM_OverlongWord(benchmark::State& state) {
  const size_t n = static_cast<size_t>(state.range(0));
  typeset::StyledParagraph p;
  std::string text = paragraphOf(200) + std::string(n, 'a') + paragraphOf(200);
  p.runs.push_back({text, {"Noto Serif CJK SC,AR PL UMing CN", 400, kSize}, Color::black(), 0, {}});
  typeset::Typesetter typesetter;
  for (auto _ : state) benchmark::DoNotOptimize(typesetter.set(p, kMeasure));
  state.counters["ns_per_char"] = benchmark::Counter(static_cast<double>(n + 400) * 1e-9,
                                                     benchmark::Counter::kIsIterationInvariantRate |
                                                         benchmark::Counter::kInvert);
}

BENCHMARK(BM_OverlongWord)->Arg(8000)->Arg(80000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
