// The Liling page, rendered by the real binary and checked as a reader's tools would check it.
#include <gtest/gtest.h>

#include <regex>

#include "process.h"
#include "required_tools.h"

namespace banmian::e2e {
namespace {

class LilingPage : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = tempDir();
    pdf_ = dir_ + "/liling.pdf";
    render_ = run("SOURCE_DATE_EPOCH=1598227200 " + command(pdf_) + " --png " + quote(dir_ + "/liling.png") +
                  " --dpi 50");
  }
  static std::string command(const std::string& pdf) {
    return quote(banmian()) + " render " + quote(repo("layouts/broadsheet-feature.yaml")) + " " +
           quote(repo("data/liling-2020h1.yaml")) + " -o " + quote(pdf);
  }
  static inline std::string dir_, pdf_;
  static inline Result render_;
};

TEST_F(LilingPage, RendersWithPlaceholderWarningsOnly) {
  ASSERT_EQ(render_.status, 0) << render_.err;
  EXPECT_TRUE(exists(pdf_));
  EXPECT_TRUE(exists(dir_ + "/liling.png"));
  EXPECT_NE(render_.err.find("liling-2020h1.yaml:33:5: warning: photo 'hero' names no file"), std::string::npos)
      << render_.err;
}

TEST_F(LilingPage, PassesPdfcheckAgainstTheSeedArticle) {
  std::string checker = repo("../shared/tools/pdfcheck.py");
  ASSERT_EQ(testing::pdfcheckProblem(checker), "");
  Result r = run("/usr/bin/python3 " + quote(checker) + " --quiet " + quote(pdf_) + " --source " +
                 quote(repo("../shared/seed/liling-2020h1-article.txt")));
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("PASS"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("kinsoku=0 "), std::string::npos) << r.out;
  for (const char* zero : {"overlap=0 ", "split=0 ", "loose=0 ", "fonts_bad=0 "})
    EXPECT_NE(r.out.find(zero), std::string::npos) << zero << " in " << r.out;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(r.out, m, std::regex("fidelity=([0-9.]+)"))) << r.out;
  EXPECT_GE(std::stod(m[1]), 0.995);
}

TEST_F(LilingPage, IsAValidSmallPdf) {
  EXPECT_EQ(run("qpdf --check " + quote(pdf_)).status, 0);
  EXPECT_LT(readFile(pdf_).size(), 600u * 1024);
}

TEST_F(LilingPage, EmbedsAndSubsetsEveryFont) {
  Result r = run("pdffonts " + quote(pdf_));
  ASSERT_EQ(r.status, 0);
  std::istringstream lines(r.out);
  std::string line;
  int fonts = 0;
  while (std::getline(lines, line)) {
    if (line.find('+') == std::string::npos) continue;
    ++fonts;
    EXPECT_EQ(line.find("Type 3"), std::string::npos) << line;
    EXPECT_NE(line.find("yes yes yes"), std::string::npos) << line;
  }
  EXPECT_GE(fonts, 4);
}

// Extraction tools turn visible gaps (line ends, the quarter em between Han and Latin) into white space;
// the characters themselves must come out exactly, in reading order.
std::string withoutWhiteSpace(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '\n' && c != '\f') out += c;
  return out;
}

TEST_F(LilingPage, TextCopiesOutExactlyWithNormalisedPunctuation) {
  Result r = run("pdftotext -raw " + quote(pdf_) + " -");
  ASSERT_EQ(r.status, 0);
  std::string text = withoutWhiteSpace(r.out);
  for (const char* s : {"在危机中育新机", "醴陵城区全景图", "溁江书院", "村（社区）", "（本版图片均由醴陵市委宣传部提供）",
                        "完成一般公共预算收入19.34亿元，社会消费品零售总额100亿元", "产业扶贫，帮贫困户就业增收",
                        "10.97m2/人", "“蓝天三百天，全域Ⅱ类水”"})
    EXPECT_NE(text.find(s), std::string::npos) << s;
  EXPECT_EQ(text.find("村(社区)"), std::string::npos);
}

TEST_F(LilingPage, HasMetadataAndOneBookmarkPerSection) {
  Result info = run("pdfinfo " + quote(pdf_));
  EXPECT_NE(info.out.find("Title:           在危机中育新机 于变局中开新局"), std::string::npos) << info.out;
  EXPECT_NE(info.out.find("CreationDate:    Mon Aug 24 00:00:00 2020 UTC"), std::string::npos) << info.out;
  Result outline = run("qpdf --json --json-key=outlines " + quote(pdf_));
  for (const char* head : {"1 疫情防控成效显著", "4 城乡发展提质提速", "7 党的建设全面加强"})
    EXPECT_NE(outline.out.find(head), std::string::npos) << head;
}

TEST_F(LilingPage, IsByteForByteReproducible) {
  std::string again = dir_ + "/again.pdf";
  ASSERT_EQ(run("SOURCE_DATE_EPOCH=1598227200 " + command(again)).status, 0);
  EXPECT_EQ(readFile(again), readFile(pdf_));
}

TEST_F(LilingPage, WithoutSourceDateEpochHasNoDateAtAll) {
  std::string undated = dir_ + "/undated.pdf";
  ASSERT_EQ(run("env -u SOURCE_DATE_EPOCH " + command(undated)).status, 0);
  EXPECT_EQ(readFile(undated).find("/CreationDate"), std::string::npos);
}

}  // namespace
}  // namespace banmian::e2e
