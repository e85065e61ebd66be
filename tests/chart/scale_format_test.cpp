// Nice tick steps, Chinese number formats and the label placer.
#include <gtest/gtest.h>

#include "base/number_format.h"
#include "chart/label_placer.h"
#include "chart/nice_scale.h"

namespace banmian::chart {
namespace {

TEST(NiceScale, StepsAreOneTwoOrFiveTimesAPowerOfTen) {
  EXPECT_DOUBLE_EQ(niceStep(0.7), 1);
  EXPECT_DOUBLE_EQ(niceStep(1.3), 2);
  EXPECT_DOUBLE_EQ(niceStep(3.2), 5);
  EXPECT_DOUBLE_EQ(niceStep(7), 10);
  EXPECT_DOUBLE_EQ(niceStep(0.023), 0.05);
  EXPECT_DOUBLE_EQ(niceStep(2000), 2000);
}

TEST(NiceScale, CoversTheDataAndZero) {
  NiceScale s = niceScale(0.5, 14.6, 5);
  EXPECT_EQ(s.min, 0);
  EXPECT_EQ(s.step, 5);
  EXPECT_EQ(s.max, 15);
  EXPECT_EQ(s.ticks(), (std::vector<double>{0, 5, 10, 15}));
  NiceScale negative = niceScale(-3, 6, 5);
  EXPECT_EQ(negative.min, -4);
  EXPECT_EQ(negative.max, 6);
  EXPECT_EQ(negative.step, 2);
  NiceScale positive_only = niceScale(20, 30, 4);
  EXPECT_EQ(positive_only.min, 0);  // bars need their zero
  EXPECT_LE((positive_only.max - positive_only.min) / positive_only.step, 4);
}

TEST(NiceScale, DecimalsShowTheStep) {
  EXPECT_EQ(niceScale(0, 1.2, 5).decimals(), 1);
  EXPECT_EQ(niceScale(0, 120, 5).decimals(), 0);
  EXPECT_EQ(niceScale(0, 0.06, 3).decimals(), 2);
}

NumberFormat parse(const std::string& spec) {
  std::string error;
  auto f = NumberFormat::parse(spec, error);
  EXPECT_TRUE(f) << error;
  return f.value_or(NumberFormat{});
}

TEST(NumberFormat, FixedDecimalsAndUnits) {
  EXPECT_EQ(formatQuantity(0.5, "%", 1, parse("unit")), "0.5%");
  EXPECT_EQ(formatQuantity(19.34, "亿元", 2, parse("unit")), "19.34亿元");
  EXPECT_EQ(formatQuantity(100, "亿元", 0, parse("")), "100");
  EXPECT_EQ(formatQuantity(14.6, "%", 1, parse(".0,unit")), "15%");
  EXPECT_EQ(formatQuantity(2.6, "%", 1, parse("sign,unit")), "+2.6%");
  EXPECT_EQ(formatNumber(-0.04, 1), "0.0");  // never "-0.0"
  EXPECT_EQ(formatNumber(-3.25, 1), "-3.3");
}

TEST(NumberFormat, ThousandsWanAndYi) {
  EXPECT_EQ(formatQuantity(55491, "户", 0, parse("sep,unit")), "55,491户");
  EXPECT_EQ(formatQuantity(1234567.5, "元", 1, parse("sep")), "1,234,567.5");
  EXPECT_EQ(formatQuantity(55491, "户", 0, parse("wan,unit")), "5.55万户");
  EXPECT_EQ(formatQuantity(2500, "万元", 0, parse("yi,unit")), "0.25亿元");
  EXPECT_EQ(formatQuantity(193400000, "元", 0, parse("auto,unit")), "1.93亿元");
  EXPECT_EQ(formatQuantity(8697, "人", 0, parse("auto,unit")), "8697人");  // under 10 000 stays as it is
  EXPECT_EQ(formatQuantity(55491, "户", 0, parse("auto")), "5.55万");
}

TEST(NumberFormat, UnknownWordIsAnError) {
  std::string error;
  EXPECT_FALSE(NumberFormat::parse("unit,percent", error));
  EXPECT_NE(error.find("unknown number format 'percent'"), std::string::npos) << error;
}

TEST(LabelPlacer, TakesTheFirstFreeCandidate) {
  LabelPlacer placer({0, 0, 100, 100});
  placer.block({10, 10, 20, 20});
  EXPECT_EQ(placer.place({{15, 15, 10, 5}, {40, 10, 10, 5}}), 1u);
  EXPECT_EQ(placer.place({{40, 12, 10, 5}, {95, 50, 10, 5}}), std::nullopt);  // taken; outside
  EXPECT_EQ(placer.place({{50, 10, 10, 5}}), 0u);  // touching an edge is not a collision
}

}  // namespace
}  // namespace banmian::chart
