// Character columns (the one conversion from yaml-cpp's and cmark's byte columns) and the printed shape.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "base/diagnostic_printer.h"
#include "base/source_text.h"

namespace banmian {
namespace {

TEST(CharacterColumn, CountsCodePointsNotBytes) {
  const std::string line = "  标题: 醴陵 x";  // 标题 and 醴陵 are 3 bytes a character
  EXPECT_EQ(characterColumn(line, 0), 1);
  EXPECT_EQ(characterColumn(line, 2), 3);
  EXPECT_EQ(characterColumn(line, line.find(':')), 5);
  EXPECT_EQ(characterColumn(line, line.find('x')), 10);
  EXPECT_EQ(characterColumn("𠀀a", 4), 2);  // a 4-byte character is one column too
}

TEST(LineOf, GivesTheLineWithoutItsBreak) {
  EXPECT_EQ(lineOf("a\nbc\r\nd", 2), "bc");
  EXPECT_EQ(lineOf("a\nbc\r\nd", 3), "d");
  EXPECT_EQ(lineOf("a\n", 5), "");
}

TEST(LineStarts, GiveEveryLineLineOfGives) {
  for (const std::string text : {"", "a", "a\n", "\n\n", "a\nbc\r\nd", "标题: 醴陵\r\n  x: 1\n\ny\n"}) {
    const LineStarts lines(text);
    for (int line = -1; line <= 6; ++line) EXPECT_EQ(lines.line(text, line), lineOf(text, line)) << text << line;
  }
  const std::string text = "a\nbc\r\nd";
  EXPECT_EQ(LineStarts(text).line(text, 2), "bc");
}

TEST(DiagnosticPrinter, PutsTheCaretUnderTheCharacterOnAWideLine) {
  const std::string path = (std::filesystem::temp_directory_path() / "banmian-printer-test.yaml").string();
  std::ofstream(path) << "fields:\n  title: 中国陶瓷谷, x: 1\n";
  DiagnosticPrinter printer;
  // 'x' is character 17; before it 9 narrow columns, 5 ideographs of two, ", ".
  const Diagnostic d{Severity::Error, {path, 2, 17}, "unknown key 'x'", "did you mean 'y'?"};
  EXPECT_EQ(printer.human(d), path + ":2:17: error: unknown key 'x'; did you mean 'y'?\n"
                                     " 2 |   title: 中国陶瓷谷, x: 1\n"
                                     "   | " + std::string(9 + 10 + 2, ' ') + "^\n");
  std::filesystem::remove(path);
}

TEST(DiagnosticPrinter, GivesTheFirstLineAloneWithoutASource) {
  DiagnosticPrinter printer;
  EXPECT_EQ(printer.human({Severity::Warning, {"/no/such/file.yaml", 3, 1}, "odd", ""}),
            "/no/such/file.yaml:3:1: warning: odd\n");
  EXPECT_EQ(printer.human({Severity::Error, {"SOURCE_DATE_EPOCH"}, "not a number", ""}),
            "SOURCE_DATE_EPOCH: error: not a number\n");
}

TEST(DiagnosticPrinter, WritesJsonForTools) {
  const std::string json = DiagnosticPrinter::json({{Severity::Error, {"a \"b\".yaml", 3, 7}, "bad", "try c"},
                                                    {Severity::Warning, {"x.yaml"}, "odd", ""}});
  EXPECT_NE(json.find("\"file\": \"a \\\"b\\\".yaml\",\n    \"line\": 3,\n    \"column\": 7,\n    \"severity\": "
                      "\"error\",\n    \"message\": \"bad\",\n    \"hint\": \"try c\""),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"line\": null,\n    \"column\": null,\n    \"severity\": \"warning\""), std::string::npos) << json;
}

}  // namespace
}  // namespace banmian
