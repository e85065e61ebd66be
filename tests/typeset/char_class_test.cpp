// Character classes are decided once per character, when first asked for: the answer is the class the
// rules give, the same when asked again, and the same when many threads ask at once.
#include "typeset/char_class.h"

#include <gtest/gtest.h>

#include <thread>
#include <utility>
#include <vector>

namespace banmian::typeset {
namespace {

const std::vector<std::pair<char32_t, CharClass>> kExamples = {
    {U'醴', CharClass::Ideograph},   {U'（', CharClass::Opening},    {U'“', CharClass::Opening},
    {U'》', CharClass::Closing},     {U')', CharClass::Closing},     {U'，', CharClass::Pause},
    {U'；', CharClass::Pause},       {U'。', CharClass::Stop},       {U'?', CharClass::Stop},
    {U'—', CharClass::Inseparable}, {U'…', CharClass::Inseparable}, {U'·', CharClass::MiddleDot},
    {U' ', CharClass::Space},       {0x3000, CharClass::Space},     {U'7', CharClass::Word},
    {U'.', CharClass::Word},        {U',', CharClass::Word},        {U'%', CharClass::Word},
    {kApostrophe, CharClass::Word}, {U'Ⅱ', CharClass::Ideograph},   {U'Ａ', CharClass::Ideograph},
    {U'¤', CharClass::Other},       {0x20000, CharClass::Ideograph}};

TEST(CharClass, EachCharacterHasItsClassWhenFirstAskedAndAfter) {
  for (const auto& example : kExamples) {
    EXPECT_EQ(classify(example.first), example.second) << static_cast<uint32_t>(example.first);
    EXPECT_EQ(classify(example.first), example.second) << static_cast<uint32_t>(example.first);
  }
}

TEST(CharClass, ThreadsAskingAtOnceGetTheClassesOneThreadGets) {
  constexpr char32_t kFrom = 0xFE00, kTo = 0x10000;  // not asked for by any other test of this suite
  std::vector<std::vector<CharClass>> seen(4);
  std::vector<std::thread> threads;
  for (auto& classes : seen)
    threads.emplace_back([&classes] {
      for (char32_t c = kFrom; c < kTo; ++c) classes.push_back(classify(c));
    });
  for (auto& thread : threads) thread.join();
  for (const auto& classes : seen) EXPECT_EQ(classes, seen.front());
  EXPECT_EQ(seen.front()[U'，' - kFrom], CharClass::Pause);
  EXPECT_EQ(seen.front()[U'（' - kFrom], CharClass::Opening);
  EXPECT_EQ(seen.front()[U'Ａ' - kFrom], CharClass::Ideograph);
}

}  // namespace
}  // namespace banmian::typeset
