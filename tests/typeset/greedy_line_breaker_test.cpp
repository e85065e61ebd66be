#include "typeset/greedy_line_breaker.h"

#include <gtest/gtest.h>

#include "synthetic_clusters.h"
#include "typeset/char_class.h"

namespace banmian::typeset {
namespace {

using testing::clustersOf;
using testing::textOf;

std::vector<std::string> breakText(const std::string& text, double width_em) {
  auto c = clustersOf(text);
  auto spans = GreedyLineBreaker().breakLines(c, width_em * 9, ParagraphFormat{});
  std::vector<std::string> lines;
  for (auto s : spans) lines.push_back(textOf(c, s.begin, s.end));
  return lines;
}

TEST(GreedyLineBreaker, FillsFullLines) {
  EXPECT_EQ(breakText("一二三四五六七八九十", 5), (std::vector<std::string>{"一二三四五", "六七八九十"}));
}

TEST(GreedyLineBreaker, PushesOutBeforeALineStartingMark) {
  // The 6th character is ，: it may not start a line, so 五 goes down with it.
  auto lines = breakText("一二三四五，六七八九十", 5);
  EXPECT_EQ(lines, (std::vector<std::string>{"一二三四", "五，六七八", "九十"}));
}

TEST(GreedyLineBreaker, KeepsOpeningQuoteWithWhatFollows) {
  auto lines = breakText("一二三四“五六”七八九", 5);
  EXPECT_EQ(lines.front(), "一二三四");
  EXPECT_EQ(lines.at(1).substr(0, 3), "“");
}

TEST(GreedyLineBreaker, NeverSplitsNumbers) {
  for (const auto& line : breakText("收入一九19.34亿元增长14.6%全年", 4)) {
    EXPECT_EQ(line.find("19.3") != std::string::npos, line.find("19.34") != std::string::npos) << line;
    EXPECT_EQ(line.find("14.") != std::string::npos, line.find("14.6%") != std::string::npos) << line;
  }
}

bool endsWith(const std::string& s, const std::string& t) {
  return s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0;
}

TEST(GreedyLineBreaker, NeverSplitsDashOrEllipsis) {
  for (double w : {3.0, 4.0, 5.0, 6.0}) {
    auto lines = breakText("一二三——四五……六七八九十", w);
    for (size_t i = 1; i < lines.size(); ++i) {
      EXPECT_FALSE(endsWith(lines[i - 1], "—") && lines[i].rfind("—", 0) == 0) << lines[i - 1] << "|" << lines[i];
      EXPECT_FALSE(endsWith(lines[i - 1], "…") && lines[i].rfind("…", 0) == 0) << lines[i - 1] << "|" << lines[i];
    }
  }
  // At the GB level —— may start a line, but never loses its second half.
  EXPECT_EQ(breakText("一二三四——五六", 5), (std::vector<std::string>{"一二三四", "——五六"}));
}

TEST(GreedyLineBreaker, AvoidsALoneLastCharacter) {
  // 11 characters at 5 per line would leave 十 alone; the line before gives one up.
  auto lines = breakText("一二三四五六七八九十百。", 5);
  ASSERT_GE(lines.size(), 2u);
  auto han = [](const std::string& s) {
    int n = 0;
    for (char32_t c : utf8::decode(s)) n += isHan(c);
    return n;
  };
  EXPECT_GE(han(lines.back()), 2) << lines.back();
}

TEST(GreedyLineBreaker, NoLineExceedsTheMeasure) {
  auto c = clustersOf("一二三四五六七八九十，一二三四“五六七”八九十。一二三四五六七八九十");
  auto spans = GreedyLineBreaker().breakLines(c, 5 * 9.0, ParagraphFormat{});
  for (auto s : spans) {
    double w = 0;
    for (size_t i = s.begin; i < s.end; ++i) w += c[i].advance;
    EXPECT_LE(w, 45.0 + 1e-9);
  }
}

}  // namespace
}  // namespace banmian::typeset
