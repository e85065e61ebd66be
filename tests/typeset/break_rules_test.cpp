#include <gtest/gtest.h>

#include "readable_name.h"
#include "synthetic_clusters.h"
#include "typeset/line_breaker.h"

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
                      BreakCase{"abcd", 2, false}),        // nor inside a word
    [](const auto& info) {
      return std::to_string(info.index) + "_" + banmian::testing::readableName(info.param.text) + "_before" +
             std::to_string(info.param.before);
    });

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
