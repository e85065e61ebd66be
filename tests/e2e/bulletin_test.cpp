// The A4 bulletin, and bulletins of any length: the real binary renders the example, the story doubled and
// halved, and the broadsheet given a repeating master; pdfcheck, qpdf and pdfinfo judge the PDFs.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <regex>
#include <vector>

#include "base/ideograph.h"
#include "base/utf8.h"
#include "process.h"

namespace banmian::e2e {
namespace {

void write(const std::string& path, const std::string& text) { std::ofstream(path) << text; }

// The story as it reads on the page: bindings ({{…}}) and figure links (](chart:…), ](table:…)) are markup, and
// tables (with their 表：/单位：/注： lines) float out of the text's order, so they are checked cell by cell instead.
std::string pageText(const std::string& markdown) {
  std::string text = std::regex_replace(markdown, std::regex("\\{\\{[^}]*\\}\\}"), "");
  text = std::regex_replace(text, std::regex("\\]\\((chart|photo|table):[^)]*\\)"), "]");
  return std::regex_replace(text, std::regex("(^|\n)(\\|[^\n]*|表：[^\n]*|单位：[^\n]*|注：[^\n]*)(?=\n|$)"), "$1");
}

// The first half of a story's blocks.
std::string firstHalf(const std::string& markdown) {
  size_t cut = markdown.find("\n\n", markdown.size() / 2);
  return markdown.substr(0, cut == std::string::npos ? markdown.size() : cut + 1);
}

int pageCount(const std::string& pdf) {
  Result info = run("pdfinfo " + quote(pdf));
  std::smatch m;
  if (!std::regex_search(info.out, m, std::regex("Pages:\\s+(\\d+)"))) return -1;
  return std::stoi(m[1]);
}

struct Rendered {
  Result result;
  std::string pdf;
  int pages = 0;
};

// Renders `layout` over a copy of `data` whose story file is `story`, all in a scratch folder.
Rendered render(const std::string& layout, const std::string& data, const std::string& story_file,
                const std::string& story, const std::string& extra = "") {
  const std::string dir = tempDir();
  write(dir + "/data.yaml", readFile(repo(data)));
  write(dir + "/" + story_file, story);
  Rendered r;
  r.pdf = dir + "/out.pdf";
  r.result = run("SOURCE_DATE_EPOCH=1792627200 " + quote(banmian()) + " render " + quote(layout) + " " +
                 quote(dir + "/data.yaml") + " -o " + quote(r.pdf) + " " + extra);
  r.pages = r.result.status == 0 ? pageCount(r.pdf) : 0;
  return r;
}

std::string checker() {
  std::string path = repo("../shared/tools/pdfcheck.py");
  EXPECT_TRUE(exists(path)) << path << " is missing: the typography checker must sit beside the checkout";
  return path;
}

// The share of the source's ideographs, letters and digits that the PDF's text holds in order: their longest
// common subsequence. pdfcheck's own fidelity uses difflib's longest-block matching, which misjudges a story
// that repeats itself: on the doubled bulletin it once paired copy one with copy two and reported 0.50, though
// every character is there in order (each half alone: 1.0). A greedy in-order match misjudges it too, when a
// figure's caption floats past the text after its anchor. The doubled test judges fidelity with this instead.
double inOrderShare(const std::string& pdf, const std::string& source_text) {
  auto significant = [](const std::string& text) {
    std::u32string out;
    for (char32_t c : utf8::decode(text))
      if (isIdeograph(c) || (c < 0x80 && std::isalnum(static_cast<int>(c)))) out += c;
    return out;
  };
  const std::u32string page = significant(run("pdftotext -raw " + quote(pdf) + " -").out);
  const std::u32string source = significant(source_text);
  std::vector<uint32_t> row(page.size() + 1, 0), next(page.size() + 1, 0);
  for (char32_t c : source) {
    for (size_t j = 0; j < page.size(); ++j)
      next[j + 1] = page[j] == c ? row[j] + 1 : std::max(row[j + 1], next[j]);
    std::swap(row, next);
  }
  return source.empty() ? 1.0 : double(row.back()) / double(source.size());
}

void expectPdfcheckPasses(const std::string& pdf, const std::string& source_text, bool repeated = false) {
  const std::string source = pdf + ".source.txt";
  write(source, source_text);
  Result r = run("/usr/bin/python3 " + quote(checker()) + " --quiet " + quote(pdf) + " --source " + quote(source));
  for (const char* zero : {"kinsoku=0 ", "overfull=0 ", "lone=0 ", "overlap=0 ", "split=0 ", "loose=0 ", "fonts_bad=0 "})
    EXPECT_NE(r.out.find(zero), std::string::npos) << zero << " in " << r.out;
  EXPECT_EQ(run("qpdf --check " + quote(pdf)).status, 0);
  if (repeated) {  // see inOrderShare: pdfcheck's fidelity figure misjudges a story that repeats itself
    EXPECT_GE(inOrderShare(pdf, source_text), 0.995) << r.out;
    return;
  }
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(r.out, m, std::regex("fidelity=([0-9.]+)"))) << r.out;
  EXPECT_GE(std::stod(m[1]), 0.995) << r.out;
}

const std::string kStory = "data/qinglan-2026q3.md";

TEST(Bulletin, TheExampleHasThreePagesOrMoreAndPassesPdfcheck) {
  const std::string story = readFile(repo(kStory));
  Rendered r = render(repo("layouts/a4-bulletin.yaml"), "data/qinglan-2026q3.yaml", "qinglan-2026q3.md", story,
                      "--png " + quote(tempDir() + "/p{page}.png") + " --dpi 20");
  ASSERT_EQ(r.result.status, 0) << r.result.err;
  EXPECT_EQ(r.result.err, "");  // no warnings: every field, story and chart is shown
  EXPECT_GE(r.pages, 3);
  expectPdfcheckPasses(r.pdf, pageText(story));
}

TEST(Bulletin, TheTableShowsEveryCellWithItsRulesCaptionAndNotes) {
  const std::string story = readFile(repo(kStory));
  Rendered r = render(repo("layouts/a4-bulletin.yaml"), "data/qinglan-2026q3.yaml", "qinglan-2026q3.md", story);
  ASSERT_EQ(r.result.status, 0) << r.result.err;
  std::string text = run("pdftotext -raw " + quote(r.pdf) + " -").out;
  text.erase(std::remove(text.begin(), text.end(), ' '), text.end());
  for (const char* cell : {"表2　前三季度消费市场主要指标", "总额（亿元）", "同比增长（%）", "社会消费品零售总额78.355.1",
                           "乡村消费品零售额—5.9", "商品房销售面积—-5.2", "注：空格“—”为未单列总额的分项"})
    EXPECT_NE(text.find(std::regex_replace(cell, std::regex("　"), "")), std::string::npos) << cell;
}

// The data's metrics on the page: a table built from them (表1, numbered before the story's GFM table), a
// line chart of one series metric with a point per month, and a negative change worded by trend.
TEST(Bulletin, MetricsReadAsATableALineChartAndWords) {
  const std::string story = readFile(repo(kStory));
  Rendered r = render(repo("layouts/a4-bulletin.yaml"), "data/qinglan-2026q3.yaml", "qinglan-2026q3.md", story);
  ASSERT_EQ(r.result.status, 0) << r.result.err;
  std::string text = run("pdftotext -raw " + quote(r.pdf) + " -").out;
  text.erase(std::remove_if(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\n'; }), text.end());
  for (const char* shown : {"表1前三季度三次产业增加值", "增加值（亿元）", "同比增长（%）", "第一产业21.353.811.5",
                            "第三产业92.395.549.6", "资料来源：青岚县统计局", "2026年1—9月居民消费价格同比涨幅",
                            "生猪存栏比上年同期下降2.3%", "9月当月同比上涨1.2%"})
    EXPECT_NE(text.find(shown), std::string::npos) << shown;
  EXPECT_EQ(text.find("增长-"), std::string::npos);  // trend never writes a rise of a negative number
  for (const char* month : {"1月", "2月", "5月", "9月"}) EXPECT_NE(text.find(month), std::string::npos) << month;
  EXPECT_NE(text.find("-0.2%"), std::string::npos);  // the line's February point
}

TEST(Bulletin, ADoubledStoryTakesMorePagesAndStillPasses) {
  const std::string story = readFile(repo(kStory));
  Rendered single = render(repo("layouts/a4-bulletin.yaml"), "data/qinglan-2026q3.yaml", "qinglan-2026q3.md", story);
  Rendered doubled = render(repo("layouts/a4-bulletin.yaml"), "data/qinglan-2026q3.yaml", "qinglan-2026q3.md",
                            story + "\n" + story);
  ASSERT_EQ(doubled.result.status, 0) << doubled.result.err;
  EXPECT_GT(doubled.pages, single.pages);
  expectPdfcheckPasses(doubled.pdf, pageText(story + "\n" + story), true);
}

TEST(Bulletin, AHalvedStoryTakesFewerPages) {
  const std::string story = readFile(repo(kStory));
  Rendered single = render(repo("layouts/a4-bulletin.yaml"), "data/qinglan-2026q3.yaml", "qinglan-2026q3.md", story);
  Rendered halved = render(repo("layouts/a4-bulletin.yaml"), "data/qinglan-2026q3.yaml", "qinglan-2026q3.md",
                           firstHalf(story), "2>/dev/null");  // a chart the half no longer anchors: a warning
  ASSERT_EQ(halved.result.status, 0);
  EXPECT_LT(halved.pages, single.pages);
  EXPECT_GE(halved.pages, 1);
}

// The broadsheet given a repeating master: the same layout, plus pages of one eight-column flow.
std::string broadsheetWithRepeat() {
  const std::string path = tempDir() + "/broadsheet.yaml";
  write(path, readFile(repo("layouts/broadsheet-feature.yaml")) +
                  "\nmasters:\n  - name: continued\n    frames:\n"
                  "      - {name: continued, kind: flow, content: body, columns: [1, 8], rows: [0, 110]}\n"
                  "sequence: {first: page, repeat: continued}\n");
  return path;
}

TEST(Bulletin, TheBroadsheetWithARepeatingMasterTakesADoubledArticle) {
  const std::string layout = broadsheetWithRepeat();
  const std::string story = readFile(repo("data/liling-2020h1.md"));
  Rendered single = render(layout, "data/liling-2020h1.yaml", "liling-2020h1.md", story, "2>/dev/null");
  Rendered doubled = render(layout, "data/liling-2020h1.yaml", "liling-2020h1.md", story + "\n" + story, "2>/dev/null");
  Rendered halved = render(layout, "data/liling-2020h1.yaml", "liling-2020h1.md", firstHalf(story), "2>/dev/null");
  ASSERT_EQ(single.result.status, 0);
  ASSERT_EQ(doubled.result.status, 0);
  ASSERT_EQ(halved.result.status, 0);
  EXPECT_EQ(single.pages, 1);
  EXPECT_GT(doubled.pages, single.pages);
  EXPECT_LE(halved.pages, single.pages);
  EXPECT_EQ(run("qpdf --check " + quote(doubled.pdf)).status, 0);
}

TEST(Bulletin, WithoutARepeatingMasterTheOverflowSaysHowMuchIsLeft) {
  const std::string story = readFile(repo("data/liling-2020h1.md"));
  Rendered doubled = render(repo("layouts/broadsheet-feature.yaml"), "data/liling-2020h1.yaml", "liling-2020h1.md",
                            story + "\n" + story);
  EXPECT_EQ(doubled.result.status, 1);
  EXPECT_TRUE(std::regex_search(doubled.result.err,
                                std::regex("broadsheet-feature.yaml:\\d+:5: error: story 'body' does not fit: \\d+ "
                                           "lines of text and \\d+ figures are left over")))
      << doubled.result.err;
  EXPECT_FALSE(exists(doubled.pdf));
}

TEST(Bulletin, PngPatternWithoutPageNumberIsRefusedBeforeWriting) {
  const std::string story = readFile(repo(kStory));
  const std::string png = tempDir() + "/page.png";
  Rendered r = render(repo("layouts/a4-bulletin.yaml"), "data/qinglan-2026q3.yaml", "qinglan-2026q3.md", story,
                      "--png " + quote(png));
  EXPECT_EQ(r.result.status, 1);
  EXPECT_NE(r.result.err.find("put {page} in the file name"), std::string::npos) << r.result.err;
  EXPECT_FALSE(exists(r.pdf));
  EXPECT_FALSE(exists(png));
}

TEST(Bulletin, BookmarksPointAtTheirPages) {
  const std::string story = readFile(repo(kStory));
  Rendered r = render(repo("layouts/a4-bulletin.yaml"), "data/qinglan-2026q3.yaml", "qinglan-2026q3.md", story);
  ASSERT_EQ(r.result.status, 0);
  Result outline = run("qpdf --json --json-key=outlines " + quote(r.pdf));
  ASSERT_EQ(outline.status, 0);
  // The last section heads sit on the last page, not on page 1.
  std::smatch m;
  ASSERT_TRUE(std::regex_search(outline.out, m, std::regex("\"destpageposfrom1\":\\s*(\\d+)[^}]*\"title\":\\s*\"附注\"")))
      << outline.out.substr(0, 2000);
  EXPECT_EQ(std::stoi(m[1]), r.pages);
}

}  // namespace
}  // namespace banmian::e2e
