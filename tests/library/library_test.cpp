// The public API: rendering into memory, located errors and warnings, the font report.
#include <gtest/gtest.h>

#include <banmian/banmian.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <utility>

namespace {

banmian::RenderOptions liling() {
  banmian::RenderOptions options;
  options.layout = std::string(BANMIAN_SOURCE_DIR) + "/layouts/broadsheet-feature.yaml";
  options.data = std::string(BANMIAN_SOURCE_DIR) + "/data/liling-2020h1.yaml";
  return options;
}

bool endsWith(const std::string& text, const std::string& end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

TEST(Library, RenderPdfGivesThePdfInMemoryWithItsWarnings) {
  const banmian::Result result = banmian::renderPdf(liling());
  EXPECT_EQ(result.pdf.rfind("%PDF-", 0), 0u);
  EXPECT_NE(result.pdf.find("%%EOF"), std::string::npos);
  EXPECT_EQ(result.pages, 1u);
  auto village = std::find_if(result.messages.begin(), result.messages.end(), [](const banmian::Message& m) {
    return m.text.find("photo 'village' names no file") != std::string::npos;
  });
  ASSERT_NE(village, result.messages.end());
  EXPECT_EQ(village->kind, banmian::Message::Kind::Warning);
  EXPECT_TRUE(endsWith(village->file, "liling-2020h1.yaml")) << village->file;
  EXPECT_EQ(village->line, 34);
  EXPECT_EQ(village->column, 5);
}

TEST(Library, StrictMakesTheWarningALocatedError) {
  banmian::RenderOptions options = liling();
  options.strict = true;
  try {
    banmian::renderPdf(options);
    FAIL() << "no error";
  } catch (const banmian::Error& e) {
    EXPECT_EQ(e.kind(), banmian::Error::Kind::Input);
    EXPECT_TRUE(endsWith(e.file(), "liling-2020h1.yaml")) << e.file();
    EXPECT_EQ(e.line(), 34);
    EXPECT_EQ(e.column(), 5);
    EXPECT_NE(std::string(e.what()).find(":34:5: error: photo 'village'"), std::string::npos) << e.what();
  }
}

TEST(Library, AnOutputThatCannotBeWrittenIsAnOutputError) {
  banmian::RenderOptions options = liling();
  options.pdf = "/no/such/folder/page.pdf";
  try {
    banmian::render(options);
    FAIL() << "no error";
  } catch (const banmian::Error& e) {
    EXPECT_EQ(e.kind(), banmian::Error::Kind::Output);
    EXPECT_NE(std::string(e.what()).find("/no/such/folder/page.pdf"), std::string::npos) << e.what();
  }
}

TEST(Library, TheFontReportShowsEachRolesFilesAndWhereEachCharacterFalls) {
  const std::string text = "国民经济19.34亿元";
  const banmian::FontReport report = banmian::fontReport(liling().layout, text);
  auto song = std::find_if(report.roles.begin(), report.roles.end(),
                           [](const banmian::FontRoleReport& r) { return r.role == "song"; });
  ASSERT_NE(song, report.roles.end());
  ASSERT_FALSE(song->families.empty());
  EXPECT_EQ(song->families[0].family, "Noto Serif CJK SC");
  EXPECT_FALSE(song->families[0].file.empty());
  std::string covered;
  for (const banmian::FontSpan& span : song->spans) {
    covered += span.text;
    EXPECT_FALSE(span.file.empty()) << span.text;
  }
  EXPECT_EQ(covered, text);
  EXPECT_EQ(song->spans.front().family, "Noto Serif CJK SC");
}

TEST(Library, ACharacterNoFontHasIsReportedNotRefused) {
  const std::string text = "国\U0010FFFD字";  // a private-use character of plane 16: no font draws it
  const banmian::FontReport report = banmian::fontReport(liling().layout, text);
  ASSERT_FALSE(report.roles.empty());
  const std::vector<banmian::FontSpan>& spans = report.roles[0].spans;
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(spans[1].text, "\U0010FFFD");
  EXPECT_EQ(spans[1].family, "");
  EXPECT_FALSE(spans[0].family.empty());
  EXPECT_EQ(spans[2].family, spans[0].family);
}

TEST(Library, LimitsCanBeListedAndChanged) {
  const std::vector<banmian::LimitSetting> limits = banmian::limitSettings();
  ASSERT_FALSE(limits.empty());
  EXPECT_THROW(banmian::changeLimit("no-such-limit", 1), std::invalid_argument);
  banmian::changeLimit(limits[0].name, limits[0].value);  // the value it has: changes nothing
  EXPECT_EQ(banmian::limitSettings()[0].value, limits[0].value);
}

}  // namespace

namespace {

TEST(Library, CheckReportsEveryMistakeWithoutThrowing) {
  const std::string dir = ::testing::TempDir() + "/library-check";
  std::filesystem::create_directories(dir);
  std::string text;
  {
    std::ifstream in(std::string(BANMIAN_SOURCE_DIR) + "/layouts/broadsheet-feature.yaml");
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  // Two independent mistakes: an unknown alignment in each of the first two styles that justify.
  for (const auto& [from, to] : {std::pair<std::string, std::string>{"align: justify", "align: justfy"},
                                 std::pair<std::string, std::string>{"align: justify", "align: justfy"}}) {
    ASSERT_NE(text.find(from), std::string::npos) << from;
    text.replace(text.find(from), from.size(), to);
  }
  std::ofstream(dir + "/layout.yaml") << text;
  banmian::RenderOptions options = liling();
  options.layout = dir + "/layout.yaml";
  const banmian::CheckResult result = banmian::check(options);
  EXPECT_GE(result.errors, 2u);
  EXPECT_EQ(std::count_if(result.messages.begin(), result.messages.end(),
                          [](const banmian::Message& m) { return m.kind == banmian::Message::Kind::Error; }),
            static_cast<long>(result.errors));
  const std::string json = banmian::formatMessages(result.messages, banmian::MessageFormat::Json);
  EXPECT_EQ(json.rfind("[", 0), 0u) << json;
  EXPECT_NE(json.find("\"severity\""), std::string::npos) << json;
  const std::string human = banmian::formatMessages(result.messages, banmian::MessageFormat::Human);
  EXPECT_NE(human.find(" | "), std::string::npos) << human;  // the source line under the message
  EXPECT_NE(human.find("^"), std::string::npos) << human;
}

TEST(Library, CheckOfTheExampleFindsNoError) {
  const banmian::CheckResult result = banmian::check(liling());
  EXPECT_EQ(result.errors, 0u);
  EXPECT_EQ(result.pages, 1u);
}

TEST(Library, SchemaOfEachKindAndNoOther) {
  for (const char* kind : {"layout", "data", "manifest"})
    EXPECT_NE(banmian::jsonSchema(kind).find("https://json-schema.org/draft/2020-12/schema"), std::string::npos) << kind;
  EXPECT_THROW(banmian::jsonSchema("page"), std::invalid_argument);
}

}  // namespace
