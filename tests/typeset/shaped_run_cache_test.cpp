// A run already shaped in a document is not shaped again, and what the cache hands back is what shaping
// afresh gives: the same glyphs and advances, with the colour, rise and place of the run asking.
#include "typeset/shaped_run_cache.h"

#include <gtest/gtest.h>

#include "typeset/shaper.h"
#include "typeset/typesetter.h"

namespace banmian::typeset {
namespace {

const FontSpec kSong{"Noto Serif CJK SC,AR PL UMing CN", 400, 9, "DejaVu Serif", 1};

StyledRun run(const std::string& text, FontSpec font = kSong, Color color = Color::black()) {
  return {text, font, color, 0, {"test.md", 1, 1}};
}

StyledParagraph paragraph(std::vector<StyledRun> runs) {
  StyledParagraph p;
  p.runs = std::move(runs);
  return p;
}

const std::string kText = "醴陵市全面开展入河排污口整治，GDP增长14.6%，城乡污水和垃圾处理设施建设（一期）完成。";

// Glyph ids, offsets and advances of every cluster, with its font and run: what shaping decides.
std::vector<double> shapingOf(const std::vector<ShapedCluster>& clusters) {
  std::vector<double> out;
  for (const ShapedCluster& c : clusters) {
    out.insert(out.end(), {static_cast<double>(c.font), c.advance, c.font_size, c.ink_left, c.ink_right,
                           static_cast<double>(c.run)});
    for (const ShapedGlyph& g : c.glyphs) out.insert(out.end(), {static_cast<double>(g.id), g.x_offset, g.advance});
  }
  return out;
}

TEST(ShapedRunCache, ShapesARunOnceHoweverOftenItIsAskedFor) {
  Shaper shaper;
  const std::vector<ShapedCluster> first = shaper.shape(paragraph({run(kText)}));
  const std::vector<ShapedCluster> again = shaper.shape(paragraph({run(kText)}));
  EXPECT_EQ(shaper.runsShaped(), 1u);
  EXPECT_EQ(shapingOf(again), shapingOf(first));
}

TEST(ShapedRunCache, GivesWhatAFreshShaperGives) {
  Shaper warm;
  warm.shape(paragraph({run("，GDP"), run(kText)}));
  const std::vector<ShapedCluster> cached = warm.shape(paragraph({run(kText)}));
  EXPECT_EQ(warm.runsShaped(), 2u);
  Shaper fresh;
  EXPECT_EQ(shapingOf(cached), shapingOf(fresh.shape(paragraph({run(kText)}))));
}

TEST(ShapedRunCache, AnotherSizeOrFontIsShapedAgain) {
  Shaper shaper;
  FontSpec larger = kSong;
  larger.size = 12;
  FontSpec bold = kSong;
  bold.weight = 700;
  FontSpec latin = kSong;
  latin.latin_scale = 0.9;
  for (const FontSpec& font : {kSong, larger, bold, latin}) shaper.shape(paragraph({run(kText, font)}));
  EXPECT_EQ(shaper.runsShaped(), 4u);
}

TEST(ShapedRunCache, ACachedRunTakesTheColourAndPlaceOfTheRunAsking) {
  Shaper shaper;
  const Color red = Color::rgb(1, 0, 0);
  StyledRun raised = run("增长", kSong, red);
  raised.rise = 2;
  raised.emphasis = Emphasis::Dots;
  const std::vector<ShapedCluster> clusters = shaper.shape(paragraph({run("增长"), raised}));
  EXPECT_EQ(shaper.runsShaped(), 1u);
  ASSERT_EQ(clusters.size(), 4u);
  EXPECT_EQ(clusters[0].color, Color::black());
  EXPECT_EQ(clusters[0].run, 0);
  EXPECT_FALSE(clusters[0].emphasis_dots);
  EXPECT_EQ(clusters[3].color, red);
  EXPECT_EQ(clusters[3].run, 1);
  EXPECT_DOUBLE_EQ(clusters[3].rise, 2);
  EXPECT_TRUE(clusters[3].emphasis_dots);
}

std::vector<double> positionsOf(const std::vector<TypesetLine>& lines) {
  std::vector<double> out;
  for (const TypesetLine& line : lines)
    for (const LineRun& r : line.runs)
      for (const auto& g : r.glyphs) out.insert(out.end(), {static_cast<double>(g.id), g.x, g.y});
  return out;
}

TEST(ShapedRunCache, AParagraphSetAtASecondMeasureIsSetAsAFreshTypesetterSetsIt) {
  Typesetter warm;
  warm.set(paragraph({run(kText)}), 99);
  Typesetter fresh;
  EXPECT_EQ(positionsOf(warm.set(paragraph({run(kText)}), 117)), positionsOf(fresh.set(paragraph({run(kText)}), 117)));
}

// The ink of a mark is asked of the font once per glyph: a comma in a later run has the ink a fresh
// shaper finds for it, low left in Noto Serif CJK SC.
TEST(GlyphInk, AMarkInALaterRunHasTheInkAFreshShaperFinds) {
  Shaper warm;
  warm.shape(paragraph({run("醴陵，增长。")}));
  const std::vector<ShapedCluster> later = warm.shape(paragraph({run("增长，醴陵。")}));
  Shaper fresh;
  const std::vector<ShapedCluster> alone = fresh.shape(paragraph({run("增长，醴陵。")}));
  ASSERT_EQ(later.size(), 6u);
  ASSERT_EQ(alone.size(), 6u);
  for (size_t mark : {2u, 5u}) {
    EXPECT_DOUBLE_EQ(later[mark].ink_left, alone[mark].ink_left);
    EXPECT_DOUBLE_EQ(later[mark].ink_right, alone[mark].ink_right);
  }
  EXPECT_LT(later[2].ink_right, later[2].advance / 2);
}

}  // namespace
}  // namespace banmian::typeset
