#include "typeset/punctuation_normalizer.h"

#include <gtest/gtest.h>

#include "base/utf8.h"
#include "readable_name.h"

namespace banmian::typeset {
namespace {

std::string normalized(const std::string& s) { return utf8::encode(normalizePunctuation(utf8::decode(s))); }

struct Case {
  const char* in;
  const char* out;
};

class PunctuationNormalizer : public ::testing::TestWithParam<Case> {};

TEST_P(PunctuationNormalizer, WidensMarksInChineseOnly) { EXPECT_EQ(normalized(GetParam().in), GetParam().out); }

INSTANTIATE_TEST_SUITE_P(
    Cases, PunctuationNormalizer,
    ::testing::Values(Case{"2020年,注定", "2020年，注定"}, Case{"村(社区)党组织", "村（社区）党组织"},
                      Case{"(本版图片提供)", "（本版图片提供）"}, Case{"责任!面对", "责任！面对"},
                      Case{"如下:一", "如下：一"}, Case{"是吗?是", "是吗？是"}, Case{"甲;乙", "甲；乙"},
                      Case{"1,000", "1,000"}, Case{"12:30", "12:30"}, Case{"f(x)", "f(x)"},
                      Case{"19.34亿元", "19.34亿元"}, Case{"“清零”,至今", "“清零”，至今"},
                      Case{"“5+X”和“3+X”", "“5+X”和“3+X”"},
                      // brackets as pairs
                      Case{"（CPI)上涨", "（CPI）上涨"}, Case{"(CPI）上涨", "（CPI）上涨"},
                      Case{"指数(CPI)上涨", "指数（CPI）上涨"}, Case{"g(f(x))", "g(f(x))"},
                      // straight quotes in Chinese text
                      Case{"他说\"稳\"是大局", "他说“稳”是大局"}, Case{"'稳'字", "‘稳’字"},
                      Case{"\"外\'内\'外\"", "“外‘内’外”"}, Case{"O'Neill说", "O'Neill说"},
                      Case{"say \"hi\"", "say \"hi\""}),
    [](const auto& info) { return std::to_string(info.index) + "_" + banmian::testing::readableName(info.param.in); });

TEST(PunctuationNormalizerQuotes, StayStraightWhereTheStyleSaysSo) {
  EXPECT_EQ(utf8::encode(normalizePunctuation(utf8::decode("他说\"稳\"是"), {false})), "他说\"稳\"是");
}

TEST(PunctuationNormalizerRuns, WorksAcrossRunBoundaries) {
  StyledParagraph p;
  p.runs.push_back({"亮点", {}, {}, 0, {}});
  p.runs.push_back({",下一句", {}, {}, 0, {}});
  normalizePunctuation(p);
  EXPECT_EQ(p.runs[0].text, "亮点");
  EXPECT_EQ(p.runs[1].text, "，下一句");
}

}  // namespace
}  // namespace banmian::typeset
