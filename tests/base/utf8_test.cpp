#include "base/utf8.h"

#include <gtest/gtest.h>

namespace banmian::utf8 {
namespace {

struct Case {
  const char* name;
  std::string text;
  size_t first_invalid;
};

class FirstInvalidByte : public ::testing::TestWithParam<Case> {};

TEST_P(FirstInvalidByte, FindsTheFirstByteThatIsNotUtf8) {
  EXPECT_EQ(firstInvalidByte(GetParam().text), GetParam().first_invalid) << GetParam().name;
}

constexpr size_t kValid = std::string::npos;

INSTANTIATE_TEST_SUITE_P(
    Cases, FirstInvalidByte,
    ::testing::Values(Case{"ascii", "abc", kValid}, Case{"chinese", "醴陵市", kValid},
                      Case{"four bytes", "\xF0\xA0\x80\x80", kValid},          // U+20000
                      Case{"lone continuation", "a\x9B", 1},
                      Case{"cut character", "醴\xE9\x99", 3},                   // 陵 without its last byte
                      Case{"gbk", "\xD5\xFD\xCE\xC4", 0},                       // 正文 in GBK
                      Case{"overlong slash", "a\xC0\xAF", 1},
                      Case{"surrogate", "\xED\xA0\x80", 0},
                      Case{"beyond U+10FFFF", "\xF4\x90\x80\x80", 0},
                      Case{"invalid lead", "\xFF", 0}),
    [](const auto& info) {
      std::string name = info.param.name;
      for (char& c : name)
        if (c == ' ' || c == '+') c = '_';
      return name;
    });

}  // namespace
}  // namespace banmian::utf8
