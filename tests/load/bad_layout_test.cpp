// Each bad layout is the valid fixture with one edit; the error must name the exact file:line:col.
#include <gtest/gtest.h>

#include "base/diagnostics.h"
#include "load/layout_loader.h"
#include "temp_files.h"

namespace banmian::load {
namespace {

using testing::replaceOnce;
using testing::TempDir;

const std::string kValidLayout = R"(page:
  size: [200mm, 300mm]
  margins: {top: 10mm, bottom: 10mm, left: 10mm, right: 10mm}
grid:
  columns: 4
  gutter: 8pt
  row: 13pt
fonts:
  song: ["Noto Serif CJK SC"]
paragraph-styles:
  body: {font: song, size: 9pt, leading: 13pt}
  head: {font: song, size: 12pt, leading: 13pt}
character-styles:
  strong: {font: song, weight: 700}
  superscript: {scale: 0.6, rise: 0.35}
markdown: {paragraph: body, h3: head, h4: head, strong: strong, sup: superscript}
frames:
  - {name: title, kind: text, content: title, style: head, columns: [1, 4], rows: [0, 4]}
  - {name: body, kind: flow, columns: [1, 4], rows: [4, 40]}
)";

struct BadLayout {
  const char* name;
  const char* from;      // replaced once in kValidLayout
  const char* to;
  const char* expected;  // the diagnostic after "<file>:"
};

const BadLayout kBadLayouts[] = {
    {"HugeFontSize", "size: 9pt", "size: 1e9pt",
     "11:28: error: 'size' of 1000000000pt exceeds the limit 'font-size' (1000 points of a font size; raise it "
     "with --limit font-size=N)"},
    {"HugeEm", "size: 9pt, leading: 13pt}", "size: 9pt, leading: 13pt, indent: 1e300em}",
     "11:56: error: 'indent' may be at most 100em, not '1e300em'"},
    {"HugeLength", "gutter: 8pt", "gutter: 1e308pt",
     "6:11: error: 'gutter' may be at most 2000in (ten times the largest page), not '1e308pt'"},
    {"UnknownKeyWithSuggestion", "kind: flow, columns", "kind: flow, colums",
     "19:30: error: unknown key 'colums' in frame; did you mean 'columns'?"},
    {"UnknownKeyWithoutSuggestion", "  row: 13pt", "  row: 13pt\n  baseline: 13pt",
     "8:3: error: unknown key 'baseline' in grid"},
    {"DuplicateKey", "  row: 13pt", "  row: 13pt\n  gutter: 9pt",
     "8:3: error: duplicate key 'gutter' in grid (first at line 6)"},
    {"TextWhereIntegerExpected", "columns: 4", "columns: abc", "5:12: error: 'columns' must be an integer, not 'abc'"},
    {"MapWhereLengthExpected", "size: 9pt", "size: {a: 1}", "11:28: error: 'size' must be a length, not a map"},
    {"BadLengthUnit", "gutter: 8pt", "gutter: 8px",
     "6:11: error: 'gutter': unknown unit 'px' in length '8px'; use pt, mm, cm or in"},
    {"SizeNotPositive", "size: 9pt", "size: 0pt", "11:28: error: 'size' must be greater than zero, not '0pt'"},
    {"PageBeyondPdfLimits", "size: [200mm, 300mm]", "size: [200mm, 6000mm]",
     "2:17: error: a page side may be at most 200in (5080mm), not 6000mm"},
    {"UnknownFontRoleInStyle", "head: {font: song", "head: {font: sogn",
     "12:16: error: unknown font role 'sogn'; did you mean 'song'?"},
    {"UnknownParagraphStyleInFrame", "style: head,", "style: heading,",
     "18:54: error: unknown paragraph style 'heading' (defined: body, head)"},
    {"UnknownStyleInMarkdown", "h3: head", "h3: hed", "16:33: error: unknown paragraph style 'hed'; did you mean 'head'?"},
    {"ColumnOutOfRange", "style: head, columns: [1, 4]", "style: head, columns: [1, 5]",
     "18:73: error: element 2 of 'columns' must be between 1 and 4, not 5"},
    {"FirstColumnAfterLast", "style: head, columns: [1, 4]", "style: head, columns: [3, 2]",
     "18:69: error: 'columns' [3, 2]: the first column comes after the last"},
    {"EmptyRows", "rows: [4, 40]", "rows: [4, 4]",
     "19:53: error: 'rows' [4, 4]: the end row must come after the first (the end is excluded)"},
    {"NegativeRow", "rows: [4, 40]", "rows: [-1, 4]", "19:54: error: element 1 of 'rows' must be between 0 and 60, not -1"},
    {"RowsBelowTypeArea", "rows: [4, 40]", "rows: [4, 62]", "19:57: error: element 2 of 'rows' must be between 1 and 61, not 62"},
    {"DuplicateFrameName", "name: body", "name: title", "19:12: error: duplicate frame name 'title' (first at line 18)"},
    {"UnknownMasterInSequence", "rows: [4, 40]}", "rows: [4, 40]}\nsequence: {first: page, repeat: pag}",
     "20:33: error: unknown master page 'pag'; did you mean 'page'?"},
    {"TemplateAndContent", "content: title,", "content: title, text: \"{{page}}\",",
     "18:53: error: a text frame has 'content' or 'text', not both"},
    {"DuplicateMaster", "rows: [4, 40]}", "rows: [4, 40]}\nmasters:\n  - {name: page, frames: []}",
     "21:12: error: duplicate master page 'page' (first at line 18)"},
    {"WeightOutOfRange", "weight: 700", "weight: 1000", "14:32: error: 'weight' must be between 100 and 900, not 1000"},
    {"UnknownAlignment", "leading: 13pt}\n  head", "leading: 13pt, align: left}\n  head",
     "11:55: error: 'align' must be one of start, center, end, justify, not 'left'"},
    {"UnquotedHexColour", "  row: 13pt", "  row: 13pt\n  column-rule:\n    width: 0.3pt\n    color: #777777",
     "10:5: error: 'color' must be a colour: \"#rrggbb\" or {cmyk: [c, m, y, k]}, not nothing (quote a \"#rrggbb\" "
     "colour: # starts a YAML comment)"},
    {"KeyForAnotherKindOfFrame", "rows: [0, 4]}", "rows: [0, 4], caption-rows: 2}",
     "18:91: error: 'caption-rows' does not apply to a text frame"},
    {"MissingRequiredKey", "size: 9pt, leading: 13pt}\n  head", "size: 9pt}\n  head",
     "11:9: error: missing required key 'leading' in paragraph style 'body'"},
    {"YamlSyntaxError", "size: [200mm, 300mm]", "size: [200mm, 300mm",
     "3:10: error: YAML syntax error: end of sequence flow not found"},
};

class BadLayoutTest : public ::testing::TestWithParam<BadLayout> {};

TEST_P(BadLayoutTest, ReportsLocatedError) {
  const BadLayout& bad = GetParam();
  const TempDir dir;
  const std::string path = dir.write("layout.yaml", replaceOnce(kValidLayout, bad.from, bad.to));
  try {
    loadLayout(path);
    FAIL() << "no error for " << bad.name;
  } catch (const InputError& error) {
    EXPECT_EQ(std::string(error.what()), path + ":" + bad.expected);
  }
}

INSTANTIATE_TEST_SUITE_P(Layout, BadLayoutTest, ::testing::ValuesIn(kBadLayouts),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(BadLayout, FixtureIsValid) {
  const TempDir dir;
  const model::Layout layout = loadLayout(dir.write("layout.yaml", kValidLayout));
  ASSERT_EQ(layout.masters.size(), 1u);
  EXPECT_EQ(layout.masters[0].name, "page");
  EXPECT_EQ(layout.masters[0].frames.size(), 2u);
  EXPECT_EQ(layout.masters[0].frames[1].content, "body");
  EXPECT_EQ(layout.sequence.first, "page");
  EXPECT_EQ(layout.sequence.repeat, "");
}

TEST(BadLayout, MissingFileNamesTheFile) {
  const TempDir dir;
  const std::string path = (dir.path() / "nowhere.yaml").string();
  try {
    loadLayout(path);
    FAIL() << "no error";
  } catch (const InputError& error) {
    EXPECT_EQ(std::string(error.what()), path + ": error: cannot read the file (missing or not readable)");
  }
}

std::string errorLoading(const TempDir& dir, const std::string& text) {
  try {
    loadLayout(dir.write("layout.yaml", text));
  } catch (const InputError& error) {
    return error.what();
  }
  return "(no error)";
}

TEST(BadLayout, DeepNestingSaysSo) {
  const TempDir dir;
  std::string deep = "page:\n";
  for (int i = 0; i < 600; ++i) deep += std::string(static_cast<size_t>(i), ' ') + "- \n";
  std::string message = errorLoading(dir, deep);
  EXPECT_NE(message.find("error: YAML nested more than "), std::string::npos) << message;
  EXPECT_EQ(message.find("bad file"), std::string::npos) << message;
}

TEST(BadLayout, ATabIsNamed) {
  const TempDir dir;
  for (const char* tabbed : {"  gutter: 8pt", "  row: 13pt"}) {
    std::string text = replaceOnce(kValidLayout, tabbed, std::string("\t") + (tabbed + 2));
    std::string message = errorLoading(dir, text);
    EXPECT_NE(message.find("a tab is near: YAML indents with spaces only"), std::string::npos) << message;
  }
}

TEST(BadLayout, EmptyFileIsAnError) {
  const TempDir dir;
  const std::string path = dir.write("layout.yaml", "");
  EXPECT_THROW(loadLayout(path), InputError);
}

}  // namespace
}  // namespace banmian::load
