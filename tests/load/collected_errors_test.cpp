// The loaders read each independent part on its own: one run records every mistake, a bad part keeps its
// name (so what uses it is not blamed too), and the model is refused as a whole.
#include <gtest/gtest.h>

#include "base/diagnostics.h"
#include "load/document_loader.h"
#include "load/layout_loader.h"
#include "temp_files.h"

namespace banmian::load {
namespace {

using testing::replaceOnce;
using testing::TempDir;

const std::string kLayout = R"(page:
  size: [200mm, 300mm]
  margins: {top: 10mm, bottom: 10mm, left: 10mm, right: 10mm}
grid: {columns: 4, gutter: 8pt, row: 13pt}
fonts:
  song: ["Noto Serif CJK SC"]
paragraph-styles:
  body: {font: song, size: 9pt, leading: 13pt}
  head: {font: song, size: 12pt, leading: 13pt}
frames:
  - {name: title, kind: text, content: title, style: head, columns: [1, 4], rows: [0, 4]}
  - {name: body, kind: flow, columns: [1, 4], rows: [4, 40]}
)";

std::vector<std::string> errorsOf(const std::string& path) {
  DiagnosticSink sink;
  loadLayout(path, sink);
  std::vector<std::string> errors;
  for (const Diagnostic& d : sink.errors()) errors.push_back(d.str());
  return errors;
}

TEST(CollectedErrors, EveryBadKeyOfOneMapIsReported) {
  const TempDir dir;
  const std::string path =
      dir.write("layout.yaml", replaceOnce(kLayout, "body: {font: song, size: 9pt, leading: 13pt}",
                                           "body: {font: song, sise: 9pt, leading: 13pt, kinsok: gb}"));
  EXPECT_EQ(errorsOf(path),
            (std::vector<std::string>{path + ":8:22: error: unknown key 'sise' in paragraph style 'body'; did you "
                                             "mean 'size'?",
                                      path + ":8:48: error: unknown key 'kinsok' in paragraph style 'body'; did you "
                                             "mean 'kinsoku'?"}));
}

TEST(CollectedErrors, ABadStyleIsNotBlamedAgainWhereItIsUsed) {
  const TempDir dir;
  std::string text = replaceOnce(kLayout, "head: {font: song, size: 12pt,", "head: {font: song, size: 12pt, widows: 0,");
  text = replaceOnce(text, "kind: flow, columns", "kind: flow, colour: red, columns");
  const std::string path = dir.write("layout.yaml", text);
  const std::vector<std::string> errors = errorsOf(path);
  ASSERT_EQ(errors.size(), 2u);  // not a third at the title frame, whose style is 'head'
  EXPECT_EQ(errors[0], path + ":9:42: error: 'widows' must be between 1 and 10, not 0");
  EXPECT_EQ(errors[1], path + ":12:30: error: unknown key 'colour' in frame; did you mean 'color'?");
  EXPECT_THROW(loadLayout(path), InputError);
}

TEST(CollectedErrors, ABadGridEndsTheLayoutThere) {
  const TempDir dir;
  std::string text = replaceOnce(kLayout, "gutter: 8pt", "gutter: 8px");
  text = replaceOnce(text, "kind: flow, columns", "kind: flow, colour: red, columns");
  const std::vector<std::string> errors = errorsOf(dir.write("layout.yaml", text));
  ASSERT_EQ(errors.size(), 1u);  // the frames stand on the grid: they are not read
  EXPECT_NE(errors[0].find("unknown unit 'px'"), std::string::npos) << errors[0];
}

TEST(CollectedErrors, EachBadPhotoAndMetricOfADataFile) {
  const TempDir dir;
  const std::string path = dir.write("data.yaml", R"(fields: {title: 标题}
stories:
  body: |
    正文。

    ![图](photo:hero)
photos:
  - {id: hero, caption: 图一, file: missing.jpg}
  - {id: village, captoin: 图二}
metrics:
  - {id: a, name: 甲, value: x, unit: "%", period: 2020}
  - {id: b, name: 乙, value: 1, unit: "%", period: 2020, decimals: 11}
)");
  DiagnosticSink sink;
  loadDocument(path, "", sink);
  ASSERT_EQ(sink.errors().size(), 4u);  // and none for the figure naming the bad photo 'hero'
  EXPECT_NE(sink.errors()[0].message.find("photo file 'missing.jpg'"), std::string::npos);
  EXPECT_EQ(sink.errors()[1].str(), path + ":9:19: error: unknown key 'captoin' in photo; did you mean 'caption'?");
  EXPECT_EQ(sink.errors()[2].str(), path + ":11:29: error: 'value' must be a number, not 'x'");
  EXPECT_EQ(sink.errors()[3].str(), path + ":12:67: error: 'decimals' must be between 0 and 10, not 11");
}

}  // namespace
}  // namespace banmian::load
