// Property: random stories of 0 to 20,000 characters (paragraphs, section heads of any length, numbers,
// Latin words, quotes) through the A4 bulletin layout always end in pages whose text is the story, in
// order and whole (white space aside), or in a located error; never in lost text.
// BANMIAN_STORY_CASES sets how many (24 by default); BANMIAN_STORY_SEED the seed.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <random>

#include "base/utf8.h"
#include "pipeline/render_pipeline.h"
#include "process.h"

namespace banmian::e2e {
namespace {

class StoryWriter {
 public:
  explicit StoryWriter(uint32_t seed) : rng_(seed) {
    for (char32_t c : utf8::decode(readFile(repo("data/qinglan-2026q3.md"))))
      if (c >= 0x4E00 && c <= 0x9FFF) han_.push_back(c);
  }

  // A story of about `length` characters, as Markdown, and the text it must set.
  std::pair<std::string, std::string> story(size_t length) {
    std::string markdown, text;
    while (utf8::decode(text).size() < length) {
      const int kind = pick(0, 9);
      std::string block = kind == 0 ? "## " : kind == 1 ? "### " : "";
      std::string words = kind <= 1 ? phrase(pick(2, 30)) : sentences(pick(1, 600));
      markdown += block + words + "\n\n";
      text += words;
    }
    return {markdown, text};
  }

 private:
  size_t pick(size_t low, size_t high) { return std::uniform_int_distribution<size_t>(low, high)(rng_); }

  std::string phrase(size_t n) {
    std::string out;
    for (size_t i = 0; i < n; ++i) utf8::append(out, han_[pick(0, han_.size() - 1)]);
    return out;
  }

  // Han text with marks, quotes, numbers with units and Latin words; never starting with a digit (a list).
  std::string sentences(size_t n) {
    static const char* kInserts[] = {"，", "。", "、", "；", "：", "？", "！", "——", "……", "“引语”", "（注）", "《公报》",
                                     "12.5%", "3.2个百分点", "186.42亿元", "8月15日", " CPI ", " PPI ", " 5G ", "2026年"};
    std::string out = phrase(2);
    while (utf8::decode(out).size() < n) {
      out += phrase(pick(1, 12));
      out += kInserts[pick(0, std::size(kInserts) - 1)];
    }
    return out + phrase(2) + "。";
  }

  std::mt19937 rng_;
  std::u32string han_;
};

std::string withoutSpace(const std::string& text) {
  std::string out;
  for (char c : text)
    if (c != ' ' && c != '\n') out += c;
  return out;
}

std::string pageText(const display::Page& page) {
  std::string out;
  for (const auto& item : page.items)
    if (auto* run = std::get_if<display::GlyphRun>(&item)) out += run->text;
  return withoutSpace(out);
}

// The text a page shows besides the story: page 1's title block and lead, every page's head and folio.
struct Furniture {
  std::string first_head;  // from an empty story
  std::string head = withoutSpace("青岚县统计局　2026年前三季度青岚县国民经济运行情况2026年10月22日");
  std::string folio(size_t page, size_t pages) const {
    return "第" + std::to_string(page) + "页/共" + std::to_string(pages) + "页";
  }
};

struct Outcome {
  bool laid_out = false;
  std::string problem;  // "" when the pages hold the story or the error is located
  std::string error;    // the located error, when there was one
  display::Document doc;
};

Outcome render(const std::string& dir, const std::string& markdown) {
  std::ofstream(dir + "/qinglan-2026q3.md") << markdown;
  pipeline::RenderOptions options;
  options.layout = repo("layouts/a4-bulletin.yaml");
  options.data = dir + "/data.yaml";
  DiagnosticSink diagnostics;
  Outcome out;
  try {
    out.doc = pipeline::buildDocument(options, diagnostics);
    out.laid_out = true;
  } catch (const InputError& e) {
    if (e.where().file.empty()) out.problem = std::string("an error that names no file: ") + e.what();
    out.error = e.what();
  }
  return out;
}

// The story's text as the pages show it, with the furniture taken off; "" and a problem when it is not there.
std::string storyOnPages(const display::Document& doc, const Furniture& furniture, std::string& problem) {
  std::string story;
  for (size_t i = 0; i < doc.pages.size(); ++i) {
    std::string text = pageText(doc.pages[i]);
    const std::string head = i == 0 ? furniture.first_head : furniture.head;
    const std::string folio = furniture.folio(i + 1, doc.pages.size());
    if (!text.starts_with(head) || !text.ends_with(folio)) {
      problem = "page " + std::to_string(i + 1) + " lacks its head or folio";
      return "";
    }
    story += text.substr(head.size(), text.size() - head.size() - folio.size());
  }
  return story;
}

// "" when equal, else both texts around where they part (whole strings are too long to read).
std::string firstDifference(const std::string& got, const std::string& want) {
  if (got == want) return "";
  size_t at = 0;
  while (at < got.size() && at < want.size() && got[at] == want[at]) ++at;
  at = at > 30 ? at - 30 : 0;
  while (at > 0 && (static_cast<unsigned char>(want[at]) & 0xC0) == 0x80) --at;
  return "pages: …" + got.substr(at, 90) + "…\nstory: …" + want.substr(at, 90) + "… (byte " + std::to_string(at) +
         ", pages " + std::to_string(got.size()) + " bytes, story " + std::to_string(want.size()) + ")";
}

TEST(RandomStories, EndInPagesHoldingTheStoryOrInALocatedError) {
  const std::string dir = tempDir();
  std::ofstream(dir + "/data.yaml") << readFile(repo("data/qinglan-2026q3.yaml"));
  Furniture furniture;
  Outcome empty = render(dir, "");
  ASSERT_TRUE(empty.laid_out) << empty.problem << empty.error;
  const std::string first = pageText(empty.doc.pages.at(0));
  furniture.first_head = first.substr(0, first.size() - furniture.folio(1, 1).size());

  const int cases = std::getenv("BANMIAN_STORY_CASES") ? std::atoi(std::getenv("BANMIAN_STORY_CASES")) : 24;
  const char* seed = std::getenv("BANMIAN_STORY_SEED");
  StoryWriter writer(seed ? static_cast<uint32_t>(std::strtoul(seed, nullptr, 10)) : 20261022u);
  std::mt19937 lengths(7);
  int laid_out = 0;
  for (int n = 0; n < cases; ++n) {
    const size_t length = n == 0 ? 0 : std::uniform_int_distribution<size_t>(1, 20000)(lengths);
    auto [markdown, expected] = writer.story(length);
    Outcome out = render(dir, markdown);
    ASSERT_EQ(out.problem, "") << "case " << n << " (" << length << " characters), story left in " << dir;
    if (!out.laid_out) continue;
    ++laid_out;
    std::string problem;
    const std::string on_pages = storyOnPages(out.doc, furniture, problem);
    ASSERT_EQ(problem, "") << "case " << n;
    ASSERT_EQ(firstDifference(on_pages, withoutSpace(expected)), "")
        << "case " << n << " (" << length << " characters) lost or moved text; story left in " << dir;
  }
  EXPECT_GE(laid_out, cases * 9 / 10) << "most random stories must set";
}

}  // namespace
}  // namespace banmian::e2e
