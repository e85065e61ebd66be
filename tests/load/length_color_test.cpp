#include <gtest/gtest.h>

#include "load/color_parser.h"
#include "load/edit_distance.h"
#include "load/length.h"

namespace banmian::load {
namespace {

TEST(Length, UnitsConvertToPoints) {
  EXPECT_DOUBLE_EQ(*parseLength("9pt").points, 9);
  EXPECT_DOUBLE_EQ(*parseLength("9").points, 9);
  EXPECT_DOUBLE_EQ(*parseLength("1in").points, 72);
  EXPECT_DOUBLE_EQ(*parseLength("25.4mm").points, 72);
  EXPECT_DOUBLE_EQ(*parseLength("2.54cm").points, 72);
  EXPECT_DOUBLE_EQ(*parseLength("-3pt").points, -3);
}

TEST(Length, RejectsUnknownUnitsAndJunk) {
  EXPECT_FALSE(parseLength("9px").points);
  EXPECT_EQ(parseLength("9px").error, "unknown unit 'px' in length '9px'; use pt, mm, cm or in");
  EXPECT_FALSE(parseLength("pt").points);
  EXPECT_FALSE(parseLength("9 pt").points);
  EXPECT_FALSE(parseLength("").points);
  EXPECT_FALSE(parseLength("inf").points);
}

TEST(Color, HexDigits) {
  EXPECT_EQ(parseHexColor("#ff0080"), Color::rgb(1, 0, 128 / 255.0));
  EXPECT_EQ(parseHexColor("#FFFFFF"), Color::white());
  EXPECT_FALSE(parseHexColor("#fff"));
  EXPECT_FALSE(parseHexColor("#-1ffff"));
  EXPECT_FALSE(parseHexColor("#gg0000"));
  EXPECT_FALSE(parseHexColor("ff0000"));
}

TEST(EditDistance, SuggestsCloseKeysOnly) {
  EXPECT_EQ(editDistance("colums", "columns"), 1);
  EXPECT_EQ(editDistance("cloumns", "columns"), 1);  // a swap
  EXPECT_EQ(didYouMean("colums", {"rows", "columns"}), "; did you mean 'columns'?");
  EXPECT_EQ(didYouMean("background", {"rows", "columns"}), "");
}

}  // namespace
}  // namespace banmian::load
