// The HarfBuzz pre-subset: glyph ids survive, and unusable input falls back (nullptr).
#include "export/font_subsetter.h"

#include <gtest/gtest.h>
#include <hb.h>

#include <filesystem>
#include <fstream>

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

unsigned tableLength(hb_face_t* face, hb_tag_t tag) {
  hb_blob_t* table = hb_face_reference_table(face, tag);
  const unsigned length = hb_blob_get_length(table);
  hb_blob_destroy(table);
  return length;
}

TEST(FaceWithoutCmap, HidesTheCmapOfThatFaceOnlyAndLeavesTheFileAlone) {
  const std::string before = readFile(kNotoSerif);
  hb_face_t* hidden = openFaceWithoutCmap(kNotoSerif, kNotoSerifScIndex);
  hb_face_t* plain = openFaceForSubsetting(kNotoSerif, kNotoSerifScIndex);
  ASSERT_NE(hidden, nullptr);
  EXPECT_EQ(tableLength(hidden, HB_TAG('c', 'm', 'a', 'p')), 0u);
  EXPECT_GT(tableLength(plain, HB_TAG('c', 'm', 'a', 'p')), 0u);
  EXPECT_EQ(tableLength(hidden, HB_TAG('C', 'F', 'F', ' ')), tableLength(plain, HB_TAG('C', 'F', 'F', ' ')));
  EXPECT_EQ(hb_face_get_glyph_count(hidden), hb_face_get_glyph_count(plain));
  hb_face_destroy(hidden);
  hb_face_destroy(plain);
  EXPECT_EQ(readFile(kNotoSerif), before) << "the private mapping must not write through";
}

TEST(FaceWithoutCmap, SubsetHasExactlyTheGlyphsAsked) {
  hb_face_t* face = openFaceWithoutCmap(kNotoSerif, kNotoSerifScIndex);
  // Glyphs of 一 and 。: 。 has a variation-sequence form (U+3002 U+FE00), which a subset through the
  // cmap adds.
  hb_blob_t* blob = hb_blob_create_from_file(kNotoSerif);
  hb_face_t* shaping = hb_face_create(blob, kNotoSerifScIndex);
  hb_font_t* font = hb_font_create(shaping);
  hb_codepoint_t one = 0, stop = 0;
  ASSERT_TRUE(hb_font_get_nominal_glyph(font, 0x4E00, &one) && hb_font_get_nominal_glyph(font, 0x3002, &stop));
  CompactSubset subset = compactSubsetFace(face, {one, stop}, {}, {HB_TAG('c', 'm', 'a', 'p')});
  ASSERT_NE(subset.blob, nullptr);
  hb_face_t* made = hb_face_create(subset.blob, 0);
  EXPECT_EQ(hb_face_get_glyph_count(made), 3u) << ".notdef and the two glyphs";
  EXPECT_EQ(subset.new_ids.size(), 2u);
  hb_face_destroy(made);
  hb_blob_destroy(subset.blob);
  hb_font_destroy(font);
  hb_face_destroy(shaping);
  hb_blob_destroy(blob);
  hb_face_destroy(face);
}

TEST(FaceWithoutCmap, WhatIsNoFontGivesNull) {
  const std::string dir = tempDir();
  std::ofstream(dir + "/short.ttf") << "ttcf\x00\x01";
  std::ofstream(dir + "/lies.ttc") << std::string("ttcf\x00\x01\x00\x00\x7f\xff\xff\xff", 12) << std::string(64, 'x');
  EXPECT_EQ(openFaceWithoutCmap(dir + "/short.ttf", 0), nullptr);
  EXPECT_EQ(openFaceWithoutCmap(dir + "/lies.ttc", 0), nullptr) << "a face count beyond the file";
  EXPECT_EQ(openFaceWithoutCmap(dir + "/missing.ttf", 0), nullptr);
  EXPECT_EQ(openFaceWithoutCmap(kKaiti, 1), nullptr) << "a single-face file has no face 1";
}

}  // namespace
}  // namespace banmian::exporter::test
