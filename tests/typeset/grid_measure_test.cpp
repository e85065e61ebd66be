#include "typeset/grid_measure.h"

#include <gtest/gtest.h>

namespace banmian::typeset {
namespace {

struct MeasureCase {
  double measure, em;
  const char* warning;  // a part the warning must contain; nullptr for none
};

class GridMeasure : public ::testing::TestWithParam<MeasureCase> {};

TEST_P(GridMeasure, WarnsOnlyOffTheGrid) {
  auto warning = offGridMeasure(GetParam().measure, GetParam().em);
  if (!GetParam().warning) {
    EXPECT_FALSE(warning) << *warning;
  } else {
    ASSERT_TRUE(warning);
    EXPECT_NE(warning->find(GetParam().warning), std::string::npos) << *warning;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, GridMeasure,
    ::testing::Values(MeasureCase{117, 9, nullptr},          // 13 characters
                      MeasureCase{117.02, 9, nullptr},       // rounding in the layout's millimetres
                      MeasureCase{120, 9, "120.00pt"},       // 13.33 characters: names the measure
                      MeasureCase{120, 9, "13 characters take 117.00pt, 14 take 126.00pt"},
                      MeasureCase{100, 10.5, "9 characters take 94.50pt, 10 take 105.00pt"}));

}  // namespace
}  // namespace banmian::typeset
