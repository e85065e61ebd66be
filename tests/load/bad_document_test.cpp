// Each bad data file (or article) is the valid fixture with one edit; the error must name the exact
// file:line:col, in the YAML file or in the Markdown article as the case may be.
#include <gtest/gtest.h>

#include "base/diagnostics.h"
#include "load/document_loader.h"
#include "temp_files.h"

namespace banmian::load {
namespace {

using testing::replaceOnce;
using testing::TempDir;

const std::string kValidData = R"(publication:
  paper: 株洲日报
  date: 2020-08-24
  edition: 3
  section: 县域经济·醴陵
fields:
  title: 标题
stories:
  lead: |
    第一段。

    第二段
    继续。
  body: {file: article.md}
photos:
  - {id: hero, caption: 图一}
  - {id: village, caption: 图二}
metrics:
  - {id: gdp.growth, name: 增速, value: 0.5, unit: "%", period: 2020H1, decimals: 1}
)";

const std::string kValidArticle = R"(### 1 标题

正文**重点**。

![图](photo:hero)
)";

enum class In { Data, Article };

struct BadDocument {
  const char* name;
  In edit;       // which fixture the edit applies to
  const char* from;
  const char* to;
  In blamed;     // which file the error must name
  const char* expected;  // the diagnostic after "<file>:"; "{dir}" stands for the fixture folder
};

const BadDocument kBadDocuments[] = {
    {"UnknownKey", In::Data, "fields:", "feilds:", In::Data,
     "6:1: error: unknown key 'feilds' in data file; did you mean 'fields'?"},
    {"ListWhereIntegerExpected", In::Data, "edition: 3", "edition: [3]", In::Data,
     "4:12: error: 'edition' must be an integer, not a list"},
    {"TextWhereNumberExpected", In::Data, "value: 0.5", "value: abc", In::Data,
     "19:39: error: 'value' must be a number, not 'abc'"},
    {"ImpossibleDate", In::Data, "2020-08-24", "2020-02-30", In::Data,
     "3:9: error: 'date' must be a date as yyyy-mm-dd, not '2020-02-30'"},
    {"StoryFileWithoutName", In::Data, "{file: article.md}", "{}", In::Data,
     "14:9: error: missing required key 'file' in story"},
    {"CommaInFlowMapValue", In::Data, "caption: 图二}", "caption: 图二,村庄}", In::Data,
     "17:31: error: unknown key '村庄' in photo (a ',' ends a value inside {…}: quote text that contains one)"},
    {"DuplicatePhotoId", In::Data, "{id: village", "{id: hero", In::Data,
     "17:10: error: duplicate photo id 'hero' (first at line 16)"},
    {"MissingPhotoFile", In::Data, "caption: 图一}", "caption: 图一, file: hero.jpg}", In::Data,
     "16:35: error: photo file 'hero.jpg' not found or not readable (looked for {dir}/hero.jpg)"},
    {"MissingStoryFile", In::Data, "file: article.md", "file: missing.md", In::Data,
     "14:16: error: story file 'missing.md' not found or not readable (looked for {dir}/missing.md)"},
    {"LinkInLead", In::Data, "    继续。", "    继续[链接](https://example.org)。", In::Data,
     "13:7: error: unsupported Markdown: link"},
    {"RaggedTableInLead", In::Data, "    继续。", "    继续。\n\n    | 甲 | 乙 |\n    |---|---|\n    | 1 | 2 | 3 |", In::Data,
     "17:5: error: this table row has 3 cells, the header 2: give every row as many"},
    {"NestedList", In::Data, "    继续。", "    - 继续。\n      - 再深一层", In::Data,
     "13:5: error: unsupported Markdown: a list item that is not one paragraph (nested lists, several paragraphs)"},
    {"HugeMetric", In::Data, "value: 0.5", "value: 1e308", In::Data,
     "19:39: error: 'value' 1e308 exceeds the limit 'metric-magnitude' (1e+15 absolute value of a metric; raise "
     "it with --limit metric-magnitude=N)"},
    {"FigureWithUnknownPhoto", In::Article, "photo:hero", "photo:hera", In::Article,
     "5:1: error: unknown photo 'hera'; did you mean 'hero'?"},
    {"FigureWithUnknownChart", In::Article, "photo:hero", "chart:hero", In::Article,
     "5:1: error: unknown chart 'hero' (none is defined)"},
    {"BlockQuote", In::Article, "正文**重点**。", "正文**重点**。\n\n> 引用", In::Article,
     "5:1: error: unsupported Markdown: block quote"},
    {"CodeBlock", In::Article, "正文**重点**。", "正文**重点**。\n\n```\ncode\n```", In::Article,
     "5:1: error: unsupported Markdown: code block"},
    {"OtherInlineHtml", In::Article, "正文**重点**。", "正文<b>重点</b>。", In::Article,
     "3:3: error: unsupported Markdown: inline HTML '<b>' (only <sup>…</sup> is supported)"},
    {"InvalidUtf8InData", In::Data, "title: 标题", "title: 标\x9B", In::Data,
     "7:13: error: byte 0x9B is not UTF-8 (banmian reads UTF-8 text; was the file saved in another encoding, "
     "or cut in the middle of a character?)"},
    {"ArticleSavedInGbk", In::Article, "正文**重点**。", "\xD5\xFD\xCE\xC4", In::Article,
     "3:1: error: byte 0xD5 is not UTF-8 (banmian reads UTF-8 text; was the file saved in another encoding, "
     "or cut in the middle of a character?)"},
    {"YamlSyntaxError", In::Data, "  - {id: hero, caption: 图一}", "  - {id: hero, caption: 图一", In::Data,
     "19:3: error: YAML syntax error: illegal block entry"},
};

std::string replaceAll(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

class BadDocumentTest : public ::testing::TestWithParam<BadDocument> {};

TEST_P(BadDocumentTest, ReportsLocatedError) {
  const BadDocument& bad = GetParam();
  const TempDir dir;
  const std::string data = bad.edit == In::Data ? replaceOnce(kValidData, bad.from, bad.to) : kValidData;
  const std::string article = bad.edit == In::Article ? replaceOnce(kValidArticle, bad.from, bad.to) : kValidArticle;
  const std::string data_path = dir.write("data.yaml", data);
  const std::string article_path = dir.write("article.md", article);
  const std::string& blamed = bad.blamed == In::Data ? data_path : article_path;
  try {
    loadDocument(data_path);
    FAIL() << "no error for " << bad.name;
  } catch (const InputError& error) {
    EXPECT_EQ(std::string(error.what()), blamed + ":" + replaceAll(bad.expected, "{dir}", dir.path().string()));
  }
}

INSTANTIATE_TEST_SUITE_P(Document, BadDocumentTest, ::testing::ValuesIn(kBadDocuments),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(BadDocument, FixtureIsValid) {
  const TempDir dir;
  dir.write("article.md", kValidArticle);
  const model::Document document = loadDocument(dir.write("data.yaml", kValidData));
  const auto& lead = document.stories.at("lead").blocks;
  ASSERT_EQ(lead.size(), 2u);
  EXPECT_EQ(lead[1].spans[0].text, "第二段继续。");
  EXPECT_EQ(lead[1].where.line, 12);
  EXPECT_EQ(lead[1].where.column, 5);
  const auto& body = document.stories.at("body").blocks;
  ASSERT_EQ(body.size(), 3u);
  EXPECT_EQ(body[1].spans[1].character_style, "strong");
  EXPECT_EQ(body[2].figure_id, "hero");
  EXPECT_EQ(body[2].where.file, (dir.path() / "article.md").string());
  EXPECT_EQ(document.fields.at("title").text, "标题");
}

TEST(BadDocument, PublicationIsOptionalAndEmphasisIsRead) {
  const TempDir dir;
  dir.write("article.md", "甲*强调*乙\n\n1. 第一\n2. 第二\n\n## 二级标题\n");
  std::string data = kValidData.substr(kValidData.find("fields:"));
  const model::Document document = loadDocument(dir.write("data.yaml", data));
  EXPECT_FALSE(document.publication);
  const auto& body = document.stories.at("body").blocks;
  ASSERT_EQ(body.size(), 4u);
  EXPECT_EQ(body[0].spans[1].character_style, "emphasis");
  EXPECT_EQ(body[1].kind, model::Block::Kind::ListItem);
  EXPECT_EQ(body[2].spans[0].text, "2. ");
  EXPECT_EQ(body[3].level, 2);
}

TEST(BadDocument, PhotoFileResolvesToAbsolutePath) {
  const TempDir dir;
  dir.write("article.md", kValidArticle);
  dir.write("hero.jpg", "not really a picture");
  const model::Document document =
      loadDocument(dir.write("data.yaml", replaceOnce(kValidData, "caption: 图一}", "caption: 图一, file: ./hero.jpg}")));
  EXPECT_EQ(document.photos[0].file, (dir.path() / "hero.jpg").string());
  EXPECT_EQ(document.photos[1].file, "");
}

}  // namespace
}  // namespace banmian::load
