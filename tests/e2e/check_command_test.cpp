// `banmian check`: every independent mistake in one run, each with its source line and a caret under its
// column, columns counted in characters; `--diagnostics json` for tools.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "process.h"

namespace banmian::e2e {
namespace {

void write(const std::string& path, const std::string& text) { std::ofstream(path) << text; }

// `text` with `from` (which must occur once) replaced.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  EXPECT_EQ(text.find(from, at + 1), std::string::npos) << from;
  return at == std::string::npos ? text : text.replace(at, from.size(), to);
}

int lineNumberOf(const std::string& text, const std::string& line) {
  const size_t at = text.find(line);
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

// The three lines of one diagnostic: the GCC-style first line, the source line, the caret under `column`
// (after `pad` columns of display width).
std::string diagnosticLines(const std::string& file, int line, int column, const std::string& message,
                            const std::string& source_line, int pad) {
  const std::string number = std::to_string(line);
  return file + ":" + number + ":" + std::to_string(column) + ": error: " + message + "\n " + number + " | " + source_line + "\n " +
         std::string(number.size(), ' ') + " | " + std::string(static_cast<size_t>(pad), ' ') + "^\n";
}

std::string check(const std::string& layout, const std::string& data, const std::string& options = "") {
  return quote(banmian()) + " check " + quote(layout) + " " + quote(data) + options;
}

class CheckCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = tempDir();
    std::filesystem::copy_file(repo("data/liling-2020h1.md"), dir_ + "/liling-2020h1.md");
  }
  std::string dir_;
};

TEST_F(CheckCommand, TheExamplesHaveNoErrors) {
  Result r = run(check(repo("layouts/a4-bulletin.yaml"), repo("data/qinglan-2026q3.yaml")));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err.find("error"), std::string::npos) << r.err;
}

TEST_F(CheckCommand, ReportsThreeIndependentMistakesEachWithItsLineAndCaret) {
  std::string text = readFile(repo("layouts/broadsheet-feature.yaml"));
  const std::string lead = "  lead:      {font: kai, kinsoku: strictest, size: 12pt, leading: 18pt, indent: 2em, align: justify}";
  const std::string strong = "  strong:      {font: hei, weight: 1000}";
  const std::string body = "  - {name: body, kind: flow, content: body, columns: [1, 8], rows: [32, 99], balanse: false}";
  text = replaced(text, "  lead:      {font: kai, size: 12pt, leading: 18pt, indent: 2em, align: justify}", lead);
  text = replaced(text, "  strong:      {font: hei, weight: 700}", strong);
  text = replaced(text, "rows: [32, 99], balance: false}", "rows: [32, 99], balanse: false}");
  const std::string layout = dir_ + "/layout.yaml";
  write(layout, text);
  const std::string pdf = dir_ + "/never.pdf";
  Result r = run(check(layout, repo("data/liling-2020h1.yaml")));
  EXPECT_EQ(r.status, 1) << r.err;
  const auto column = [](const std::string& line, const char* word) { return static_cast<int>(line.find(word)) + 1; };
  EXPECT_NE(r.err.find(diagnosticLines(layout, lineNumberOf(text, lead), column(lead, "strictest"),
                                       "'kinsoku' must be one of none, basic, gb, strict, not 'strictest'", lead,
                                       column(lead, "strictest") - 1)),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(diagnosticLines(layout, lineNumberOf(text, strong), column(strong, "1000"),
                                       "'weight' must be between 100 and 900, not 1000", strong,
                                       column(strong, "1000") - 1)),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(diagnosticLines(layout, lineNumberOf(text, body), column(body, "balanse"),
                                       "unknown key 'balanse' in frame; did you mean 'balance'?", body,
                                       column(body, "balanse") - 1)),
            std::string::npos)
      << r.err;
  EXPECT_FALSE(exists(pdf));
}

TEST_F(CheckCommand, ReportsMistakesInBothFiles) {
  const std::string layout = dir_ + "/layout.yaml", data = dir_ + "/data.yaml";
  write(layout, replaced(readFile(repo("layouts/broadsheet-feature.yaml")), "  gutter: 8pt", "  gutter: 8px"));
  write(data, replaced(readFile(repo("data/liling-2020h1.yaml")), "  date: 2020-08-24", "  date: 2020-02-30"));
  Result r = run(check(layout, data));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find(layout + ":"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(data + ":"), std::string::npos) << r.err;
}

// 中国陶瓷谷 is 15 bytes and 5 characters: the column counts characters, the caret sits under the key
// (each ideograph two columns wide on a terminal).
const char* kChineseLine = "  - {id: hero, caption: 中国陶瓷谷, fiel: hero.jpg}";

TEST_F(CheckCommand, ColumnsOnALineOfChineseCountCharacters) {
  const std::string data = dir_ + "/data.yaml";
  const std::string text = replaced(readFile(repo("data/liling-2020h1.yaml")), "  - {id: hero, caption: 中国陶瓷谷}",
                                    kChineseLine);
  write(data, text);
  Result r = run(check(repo("layouts/broadsheet-feature.yaml"), data));
  EXPECT_EQ(r.status, 1);
  const int line = lineNumberOf(text, kChineseLine);
  EXPECT_NE(r.err.find(diagnosticLines(data, line, 32, "unknown key 'fiel' in photo; did you mean 'file'?",
                                       kChineseLine, 24 + 2 * 5 + 2)),
            std::string::npos)
      << r.err;
}

TEST_F(CheckCommand, JsonDiagnosticsGiveFileLineColumnSeverityMessageAndHint) {
  const std::string data = dir_ + "/data.yaml";
  const std::string text = replaced(readFile(repo("data/liling-2020h1.yaml")), "  - {id: hero, caption: 中国陶瓷谷}",
                                    kChineseLine);
  write(data, text);
  Result r = run(check(repo("layouts/broadsheet-feature.yaml"), data, " --diagnostics json"));
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err.front(), '[') << r.err;
  const std::string expected = "\"file\": \"" + data + "\",\n    \"line\": " + std::to_string(lineNumberOf(text, kChineseLine)) +
                               ",\n    \"column\": 32,\n    \"severity\": \"error\",\n    \"message\": \"unknown key "
                               "'fiel' in photo\",\n    \"hint\": \"did you mean 'file'?\"";
  EXPECT_NE(r.err.find(expected), std::string::npos) << r.err;
}

TEST_F(CheckCommand, WarningsHaveTheSameShape) {
  Result r = run(check(repo("layouts/broadsheet-feature.yaml"), repo("data/liling-2020h1.yaml")));
  EXPECT_EQ(r.status, 0) << r.err;
  const std::string data = repo("data/liling-2020h1.yaml");
  const std::string line = "  - {id: hero, caption: 中国陶瓷谷}";
  EXPECT_NE(r.err.find(data + ":33:5: warning: photo 'hero' names no file: drawing a placeholder\n 33 | " + line +
                       "\n    |     ^\n"),
            std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace banmian::e2e
