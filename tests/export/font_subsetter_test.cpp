// The HarfBuzz pre-subset: glyph ids survive, and unusable input falls back (nullptr).
#include "export/font_subsetter.h"

#include <gtest/gtest.h>
#include <hb.h>

#include <filesystem>

#include "test_support.h"

namespace banmian::exporter::test {
namespace {

unsigned glyphCount(const char* file, int index) {
  hb_blob_t* blob = hb_blob_create_from_file(file);
  hb_face_t* face = hb_face_create(blob, index);
  unsigned n = hb_face_get_glyph_count(face);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  return n;
}

struct Case {
  const char* file;
  int index;
};

class Subset : public ::testing::TestWithParam<Case> {};

TEST_P(Subset, KeepsGlyphIdsAndShrinks) {
  const Case& c = GetParam();
  hb_blob_t* blob = subsetFace(c.file, c.index, {0, 1200, 3000}, {});
  ASSERT_NE(blob, nullptr);
  hb_face_t* face = hb_face_create(blob, 0);
  // RETAIN_GIDS: the subset has empty slots up to the highest id kept, so the display list's ids
  // still address the same glyphs.
  EXPECT_EQ(hb_face_get_glyph_count(face), 3001u);
  EXPECT_LT(hb_blob_get_length(blob), 200u * 1024);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  EXPECT_GT(glyphCount(c.file, c.index), 3001u);
}

INSTANTIATE_TEST_SUITE_P(Fonts, Subset,
                         ::testing::Values(Case{kNotoSerif, kNotoSerifScIndex}, Case{kKaiti, 0},
                                           Case{kUming, 0}),
                         [](const auto& info) {
                           std::string name = std::filesystem::path(info.param.file).stem().string();
                           for (char& c : name)
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           return name + "_face" + std::to_string(info.param.index);
                         });

// Code points go into the cmap (and bring their nominal glyphs along).
TEST(Subset, CodepointsAreMapped) {
  hb_blob_t* blob = subsetFace(kKaiti, 0, {1}, {0x56FD});  // 国
  ASSERT_NE(blob, nullptr);
  hb_face_t* face = hb_face_create(blob, 0);
  hb_font_t* font = hb_font_create(face);
  hb_codepoint_t glyph = 0;
  EXPECT_TRUE(hb_font_get_nominal_glyph(font, 0x56FD, &glyph));
  EXPECT_NE(glyph, 0u);
  hb_font_destroy(font);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
}

TEST(Subset, UnreadableFileGivesNull) {
  EXPECT_EQ(subsetFace("/nonexistent/font.ttf", 0, {1}, {}), nullptr);
  EXPECT_EQ(subsetFace(kKaiti, 7, {1}, {}), nullptr);  // no such face in the file
}

}  // namespace
}  // namespace banmian::exporter::test
