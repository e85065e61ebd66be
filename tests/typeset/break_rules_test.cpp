#include <gtest/gtest.h>

#include "readable_name.h"
#include "synthetic_clusters.h"
#include "typeset/line_breaker.h"
#include "typeset/punctuation_adjuster.h"

namespace banmian::typeset {
namespace {

using testing::clustersOf;

struct BreakCase {
  const char* text;
  size_t before;  // may a line break before this character?
  bool expected;
};

class BreakRules : public ::testing::TestWithParam<BreakCase> {};

TEST_P(BreakRules, FollowsClreq) {
  auto c = clustersOf(GetParam().text);
  EXPECT_EQ(mayBreakBefore(c, GetParam().before), GetParam().expected) << GetParam().text << " @" << GetParam().before;
}

INSTANTIATE_TEST_SUITE_P(
    GB, BreakRules,
    ::testing::Values(BreakCase{"中国", 1, true},          // between ideographs
                      BreakCase{"中，国", 1, false},       // ， never starts a line
                      BreakCase{"中。国", 1, false},       // 。 never starts a line
                      BreakCase{"中”国", 1, false},        // closing quote never starts a line
                      BreakCase{"中“国", 2, false},        // opening quote never ends a line
                      BreakCase{"中“国", 1, true},         // but a line may end before it
                      BreakCase{"中（国", 2, false},       // opening bracket never ends a line
                      BreakCase{"中）国", 1, false},       // closing bracket never starts a line
                      BreakCase{"中《国》", 2, false},     // book-title marks
                      BreakCase{"中——国", 2, false},      // —— never splits
                      BreakCase{"中……国", 2, false},      // …… never splits
                      BreakCase{"19.34亿", 3, false},      // a decimal number stays whole
                      BreakCase{"19.34亿元", 5, false},    // nor leaves its unit
                      BreakCase{"19.34亿元", 6, false},    // nor splits the unit
                      BreakCase{"19.34亿元增长", 7, true}, // after the unit it may break
                      BreakCase{"8月15日", 1, false},      // dates stay whole
                      BreakCase{"2400余名", 4, true},      // 余 is no unit: a break may follow the number
                      BreakCase{"14.6%", 4, false},        // % stays with its number
                      BreakCase{"5+X", 2, false},          // 5+X stays whole
                      BreakCase{"S104、", 4, false},       // 、 never starts a line
                      BreakCase{"ab cd", 3, true},         // Latin breaks after a space
                      BreakCase{"ab cd", 2, false},        // not before it
                      BreakCase{"abcd", 2, false},         // nor inside a word
                      BreakCase{"8月15日", 2, false},      // nor after 月 inside a date
                      BreakCase{"2020年8月", 5, false},    // nor after 年
                      BreakCase{"8月里", 2, true},         // 月 without a number after it ends the date
                      BreakCase{"2.4个百分点", 5, false},  // a unit of several characters stays whole
                      BreakCase{"2.4个百分点", 6, false},
                      BreakCase{"2.4个百分点了", 7, true}, // and may break after it
                      BreakCase{"北京—上海", 2, false},    // a single dash connector never starts a line
                      BreakCase{"北京—上海", 3, true},     // but may end one
                      BreakCase{"北京～上海", 2, false},   // nor does ～
                      BreakCase{"中．国", 1, false},       // the full-width full stop is a stop mark
                      BreakCase{"中［国］", 2, false},     // ［ never ends a line
                      BreakCase{"中［国］", 3, false},     // ］ never starts one
                      BreakCase{"中‧国", 1, false}),      // nor does the interpunct ‧ (zh-Hant)
    [](const auto& info) {
      return std::to_string(info.index) + "_" + banmian::testing::readableName(info.param.text) + "_before" +
             std::to_string(info.param.before);
    });

// ’ and ' between Latin letters are apostrophes: part of the word at every level.
struct ApostropheCase {
  const char* text;
  size_t before;
  Kinsoku level;
};

class Apostrophes : public ::testing::TestWithParam<ApostropheCase> {};

TEST_P(Apostrophes, KeepTheWordWhole) {
  auto c = clustersOf(GetParam().text);
  markApostrophes(c);
  EXPECT_FALSE(mayBreakBefore(c, GetParam().before, GetParam().level)) << GetParam().text << " @" << GetParam().before;
}

INSTANTIATE_TEST_SUITE_P(Words, Apostrophes,
                         ::testing::Values(ApostropheCase{"rock'n'roll", 4, Kinsoku::None},
                                           ApostropheCase{"rock'n'roll", 5, Kinsoku::None},
                                           ApostropheCase{"O’Neill说", 2, Kinsoku::GB},
                                           ApostropheCase{"O’Neill说", 2, Kinsoku::None},
                                           ApostropheCase{"rock’n’roll", 6, Kinsoku::Strict}));

TEST(Apostrophes, AQuoteAfterAWordIsStillAClosingQuote) {
  auto c = clustersOf("‘rock’说");
  markApostrophes(c);
  EXPECT_FALSE(mayBreakBefore(c, 5));  // ’ never starts a line
  EXPECT_TRUE(mayBreakBefore(c, 6));   // and a line may break after it
}

struct LevelCase {
  const char* text;
  size_t before;
  Kinsoku level;
  bool expected;
};

class BreakLevels : public ::testing::TestWithParam<LevelCase> {};

TEST_P(BreakLevels, ApplyTheirOwnRules) {
  auto c = clustersOf(GetParam().text);
  EXPECT_EQ(mayBreakBefore(c, GetParam().before, GetParam().level), GetParam().expected) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Levels, BreakLevels,
    ::testing::Values(LevelCase{"中，国", 1, Kinsoku::None, true},      // none: anything goes
                      LevelCase{"ab", 1, Kinsoku::None, false},         // but words stay whole
                      LevelCase{"中，国", 1, Kinsoku::Basic, false},    // basic: no ， at a line start
                      LevelCase{"中——国", 2, Kinsoku::Basic, true},    // basic may split ——
                      LevelCase{"中——国", 2, Kinsoku::GB, false},      // GB never does
                      LevelCase{"中——国", 1, Kinsoku::GB, true},       // GB lets —— start a line
                      LevelCase{"中——国", 1, Kinsoku::Strict, false},  // strict does not
                      LevelCase{"中……国", 1, Kinsoku::Strict, false},
                      LevelCase{"中·国", 1, Kinsoku::Strict, false}),
    [](const auto& info) {
      return std::to_string(info.index) + "_" + banmian::testing::readableName(info.param.text) + "_before" +
             std::to_string(info.param.before);
    });

}  // namespace
}  // namespace banmian::typeset
