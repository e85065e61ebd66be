// Property: thousands of random Chinese paragraphs, drawn from the article's own characters with every
// GB/T 15834 mark, numbers with units, dates, Latin words (some with apostrophes) and emphasis spans
// mixed in, set at random widths from 6 to 40 em, never break a prohibition, never split a number, unit
// or word, never exceed the measure, put one emphasis dot under each emphasised ideograph, and keep
// every character exactly once, in order.
// BANMIAN_PROPERTY_PARAGRAPHS sets how many (2000 by default).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <random>
#include <set>
#include <sstream>

#include "base/diagnostics.h"
#include "base/utf8.h"
#include "typeset/char_class.h"
#include "typeset/typesetter.h"

namespace banmian::typeset {
namespace {

constexpr double kEm = 9;
const int kParagraphs = std::getenv("BANMIAN_PROPERTY_PARAGRAPHS") ? std::atoi(std::getenv("BANMIAN_PROPERTY_PARAGRAPHS")) : 2000;

std::u32string articleHan() {
  std::ifstream in(std::string(BANMIAN_SOURCE_DIR) + "/data/liling-2020h1.md");
  std::stringstream ss;
  ss << in.rdbuf();
  std::set<char32_t> set;
  for (char32_t c : utf8::decode(ss.str()))
    if (isHan(c)) set.insert(c);
  return {set.begin(), set.end()};
}

// Each never splits across lines.
const std::string kWholeNumbers[] = {"19.34亿元", "14.6%",  "2020年8月",  "8月15日",    "0.5%",
                                     "277.7亿元", "55491户", "2.4个百分点", "3.5平方公里"};
const std::string kWholeWords[] = {"GDP", "Python", "S104", "PM2.5", "5+X", "O’Neill", "rock’n’roll", "it's"};

class RandomParagraphs {
 public:
  explicit RandomParagraphs(uint32_t seed) : rng_(seed), han_(articleHan()) {}

  // The paragraph as runs: (text, emphasised).
  std::vector<std::pair<std::string, bool>> next() {
    std::vector<std::pair<std::string, bool>> runs{{"", false}};
    int tokens = pick(10, 120);
    for (int i = 0; i < tokens; ++i) {
      if (pick(0, 19) == 0) runs.push_back({"", !runs.back().second});  // an emphasis span starts or ends
      runs.back().first += token();
    }
    runs.back().first += "。";
    return runs;
  }

 private:
  int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  std::string han(int n) {
    std::u32string s;
    for (int i = 0; i < n; ++i) s += han_[pick(0, static_cast<int>(han_.size()) - 1)];
    return utf8::encode(s);
  }
  template <class T, size_t N>
  std::string oneOf(const T (&items)[N]) { return items[pick(0, static_cast<int>(N) - 1)]; }

  std::string token() {
    static const char* const kMarks[] = {"，", "。", "、", "；", "：", "？", "！", "．"};
    static const char* const kPairs[][2] = {{"“", "”"}, {"‘", "’"}, {"（", "）"}, {"《", "》"}, {"〈", "〉"},
                                            {"「", "」"}, {"『", "』"}, {"【", "】"}, {"〔", "〕"}, {"〖", "〗"},
                                            {"［", "］"}, {"〘", "〙"}};
    static const char* const kJoiners[] = {"——", "……", "—", "～", "·", "・", "‧"};
    // Each draw in its own statement: the operands of + may be evaluated in either order (gcc and clang
    // differ), and the paragraphs must not depend on the compiler.
    int kind = pick(0, 99);
    const bool bracketed = kind >= 70 && kind < 82;
    const std::string first = bracketed ? "" : han(1);
    if (kind < 58) return first;
    if (kind < 70) return first + oneOf(kMarks);
    if (bracketed) {
      const auto& pair = kPairs[pick(0, static_cast<int>(std::size(kPairs)) - 1)];
      const std::string inside = han(pick(1, 3));
      return std::string(pair[0]) + inside + pair[1];
    }
    if (kind < 88) {
      const std::string joiner = oneOf(kJoiners);
      return first + joiner + han(1);
    }
    if (kind < 94) return first + oneOf(kWholeNumbers);
    return first + oneOf(kWholeWords);
  }

  std::mt19937 rng_;
  std::u32string han_;
};

// What pdfcheck judges: clreq's marks that may not start or end a line.
const std::u32string kNoStart = U"，。、；：？！．）》」』”’】〕〉〗〙］｝,.;:?!)]}%‰·・‧～";
const std::u32string kNoEnd = U"（《「『“‘【〔〈〖〘［｛([{";

// Does a line break fall inside one of the whole tokens? `at` is the break's byte offset in `text`.
std::string splitTokenAt(const std::string& text, size_t at) {
  std::vector<std::string> tokens(std::begin(kWholeNumbers), std::end(kWholeNumbers));
  tokens.insert(tokens.end(), std::begin(kWholeWords), std::end(kWholeWords));
  for (const std::string& token : tokens)
      for (size_t pos = text.find(token); pos != std::string::npos; pos = text.find(token, pos + 1))
        if (pos < at && at < pos + token.size()) return token;
  return "";
}

// `forced`: the typesetter reported a last-resort break (no legal arrangement fits the measure), so
// the rules may give way; the text, the measure and justification still hold.
void checkParagraph(const std::string& text, const std::vector<TypesetLine>& lines, double width, bool forced) {
  std::string joined;
  for (size_t i = 0; i < lines.size(); ++i) {
    const TypesetLine& line = lines[i];
    std::u32string chars = utf8::decode(line.text());
    joined += line.text();
    ASSERT_FALSE(chars.empty());
    EXPECT_LE(line.offset + line.extent, width + 1e-6) << line.text();
    // Justified lines end exactly at the measure: the breaker's measurements and the justifier's walk agree.
    // (A line of one Latin word, rock’n’roll alone, or of one character has no gap to spread.)
    bool one_word = chars.size() == 1 || std::none_of(chars.begin(), chars.end(), [](char32_t c) { return isHan(c); });
    if (i + 1 < lines.size() && !one_word) {
      EXPECT_NEAR(line.offset + line.extent, width, 1e-6) << line.text();
    }
    if (forced) continue;
    bool dash_start = chars.size() >= 2 && (chars[0] == U'—' || chars[0] == U'…') && chars[1] == chars[0];
    EXPECT_FALSE(kNoStart.find(chars.front()) != std::u32string::npos && !dash_start) << line.text();
    EXPECT_EQ(kNoEnd.find(chars.back()), std::u32string::npos) << line.text();
    if (i + 1 < lines.size()) {
      EXPECT_EQ(splitTokenAt(text, joined.size()), "") << "split " << line.text();
      bool single_dash = lines[i + 1].text().rfind("—", 0) == 0 && lines[i + 1].text().rfind("——", 0) != 0;
      EXPECT_FALSE(single_dash && chars.back() != U'—') << "connector starts a line: " << lines[i + 1].text();
      char32_t a = chars.back(), b = utf8::decode(lines[i + 1].text()).front();
      EXPECT_FALSE((a == U'—' || a == U'…') && a == b) << "split " << line.text();
      bool a_digit = (a >= '0' && a <= '9') || a == '.', b_digit = (b >= '0' && b <= '9') || b == '.' || b == '%';
      EXPECT_FALSE(a_digit && b_digit) << "split number " << line.text();
    }
  }
  EXPECT_EQ(joined, text);
}

TEST(RandomParagraphProperty, NeverBreaksARuleNorOverflowsNorLosesACharacter) {
  RandomParagraphs random(20200824);
  std::mt19937 widths(7);
  Typesetter t;
  DiagnosticSink sink;
  t.reportTo(&sink);
  int forced_paragraphs = 0;
  for (int n = 0; n < kParagraphs; ++n) {
    double width = std::uniform_real_distribution<double>(6, 40)(widths) * kEm;
    StyledParagraph p;
    std::string text;
    size_t emphasised = 0;
    for (const auto& [run, emphasis] : random.next()) {
      p.runs.push_back({run, {"Noto Serif CJK SC", 400, kEm}, Color::black(), 0, {"random.md", n + 1, 1}});
      p.runs.back().emphasis = emphasis ? Emphasis::Dots : Emphasis::None;
      text += run;
      if (emphasis)
        for (char32_t c : utf8::decode(run)) emphasised += isHan(c);
    }
    p.format.indent = n % 2 ? 2 * kEm : 0;
    p.format.normalize_punctuation = false;
    SCOPED_TRACE(::testing::Message() << "paragraph " << n << " width " << width / kEm << " em: " << text);
    size_t warnings = sink.warnings().size();
    auto lines = t.set(p, width);
    bool forced = sink.warnings().size() > warnings;
    forced_paragraphs += forced;
    checkParagraph(text, lines, width, forced);
    size_t dots = 0;
    for (const auto& line : lines) dots += line.dots.size();
    EXPECT_EQ(dots, emphasised);
    if (::testing::Test::HasFailure()) return;
  }
  // The last resort is for measures too narrow for a unit or a word with its marks: rare at 6-40 em.
  EXPECT_LT(forced_paragraphs, kParagraphs / 20) << forced_paragraphs << " paragraphs took the last resort";
}

}  // namespace
}  // namespace banmian::typeset
