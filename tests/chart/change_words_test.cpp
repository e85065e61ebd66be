// Sign-aware prose: {{x|trend}}, {{x|pp}}, abs and ratio, in the layout's wording; never 增长-3.1%.
#include <gtest/gtest.h>

#include "base/diagnostics.h"
#include "base/number_format.h"
#include "resolve/prose_binder.h"

namespace banmian::resolve {
namespace {

std::string formatted(double value, const std::string& unit, int decimals, const std::string& spec,
                      const ChangeWording& wording = {}) {
  std::string error;
  auto format = NumberFormat::parse(spec, error);
  EXPECT_TRUE(format) << error;
  return format ? formatQuantity(value, unit, decimals, *format, wording) : "";
}

struct ChangeCase {
  const char* name;
  double value;
  const char* unit;
  int decimals;
  const char* format;
  const char* expected;
};

class ChangeWords : public ::testing::TestWithParam<ChangeCase> {};

TEST_P(ChangeWords, ReadAsABulletinWouldSayIt) {
  const ChangeCase& c = GetParam();
  EXPECT_EQ(formatted(c.value, c.unit, c.decimals, c.format), c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Words, ChangeWords,
    ::testing::Values(ChangeCase{"TrendRise", 5.7, "%", 1, "trend", "增长5.7%"},
                      ChangeCase{"TrendFall", -3.1, "%", 1, "trend", "下降3.1%"},
                      ChangeCase{"TrendFlat", 0.0, "%", 1, "trend", "持平"},
                      ChangeCase{"TrendRoundsToFlat", -0.04, "%", 1, "trend", "持平"},  // reads as it prints
                      ChangeCase{"TrendOfAnAmount", -12000, "万元", 0, "trend,yi", "下降1.20亿元"},
                      ChangeCase{"PointsRise", 2.4, "%", 1, "pp", "提高2.4个百分点"},
                      ChangeCase{"PointsFall", -0.3, "%", 1, "pp", "回落0.3个百分点"},
                      ChangeCase{"PointsFlat", 0.0, "%", 1, "pp", "持平"},
                      ChangeCase{"Absolute", -3.1, "%", 1, "abs,unit", "3.1%"},
                      ChangeCase{"Ratio", 1.7912, "", 2, "ratio", "1.79:1"},
                      ChangeCase{"TrendWithDecimals", 5.66, "%", 2, "trend,.1", "增长5.7%"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ChangeWords, TheLayoutsWordingReplacesTheVerbs) {
  ChangeWording wording;
  wording.rise = "上升";
  wording.fall = "减少";
  wording.points_fall = "下降";
  EXPECT_EQ(formatted(2.0, "%", 1, "trend", wording), "上升2.0%");
  EXPECT_EQ(formatted(-2.0, "%", 1, "trend", wording), "减少2.0%");
  EXPECT_EQ(formatted(-1.5, "%", 1, "pp", wording), "下降1.5个百分点");
}

TEST(ChangeWords, ProseBindingNeverWritesGrowthOfANegativeNumber) {
  model::Metric pigs;
  pigs.id = "pig.stock.growth";
  pigs.value = -2.3;
  pigs.unit = "%";
  pigs.decimals = 1;
  pigs.where = {"data.yaml", 9, 5};
  const std::vector<model::Metric> metrics = {pigs};
  const MetricTable table(metrics);
  EXPECT_EQ(bindText("生猪存栏{{pig.stock.growth|trend}}", table, {"a.md", 1, 1}), "生猪存栏下降2.3%");
  EXPECT_THROW(bindText("{{pig.stock.growth|trnd}}", table, {"a.md", 1, 1}), InputError);
}

}  // namespace
}  // namespace banmian::resolve
