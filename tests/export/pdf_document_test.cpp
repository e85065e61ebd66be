// Document-level PDF features: validity, determinism, metadata and dates, outline, links.
#include <gtest/gtest.h>

#include "export/cairo_backend.h"
#include "test_support.h"

namespace banmian::exporter::test {
namespace {

const display::FontFace kNoto{kNotoSerif, kNotoSerifScIndex, "Noto Serif CJK SC"};

display::Document twoPages() {
  display::Document doc;
  addTextPage(doc, kNoto, "第一版：要闻");
  addTextPage(doc, kNoto, "第二版：评论");
  doc.pages[0].items.push_back([] {
    display::Path p = display::Path::rect({36, 100, 200, 2});
    p.fill = display::Fill{};
    return p;
  }());
  doc.metadata.title = "丽岭日报 第一版";
  doc.metadata.author = "banmian 编辑部";
  doc.metadata.subject = "上半年经济";
  doc.metadata.keywords = "经济, 上半年";
  doc.metadata.creator = "banmian test";
  return doc;
}

// Every test here runs over both writers of screen PDFs.
class PdfDocument : public ::testing::TestWithParam<PdfWriter> {
 protected:
  void writePdf(const display::Document& doc, const std::string& path) { writeWith(GetParam(), doc, path); }
};
INSTANTIATE_TEST_SUITE_P(Writers, PdfDocument, ::testing::Values(PdfWriter::Cairo, PdfWriter::Native), writerName);

TEST_P(PdfDocument, QpdfFindsNoDamage) {
  std::string path = tempDir() + "/doc.pdf";
  writePdf(twoPages(), path);
  auto check = run("qpdf --check " + quote(path));
  EXPECT_EQ(check.status, 0) << check.out;
}

TEST_P(PdfDocument, TwoWritesAreByteIdentical) {
  std::string dir = tempDir();
  display::Document doc = twoPages();
  doc.metadata.creation_time = 1700000000;
  writePdf(doc, dir + "/a.pdf");
  writePdf(doc, dir + "/b.pdf");
  EXPECT_EQ(readFile(dir + "/a.pdf"), readFile(dir + "/b.pdf"));
  doc.metadata.creation_time.reset();
  writePdf(doc, dir + "/c.pdf");
  writePdf(doc, dir + "/d.pdf");
  EXPECT_EQ(readFile(dir + "/c.pdf"), readFile(dir + "/d.pdf"));
}

TEST_P(PdfDocument, MetadataAndDateVisibleInPdfinfo) {
  std::string path = tempDir() + "/meta.pdf";
  display::Document doc = twoPages();
  doc.metadata.creation_time = 1593561600;  // 2020-07-01 00:00:00 UTC
  writePdf(doc, path);
  auto info = run("TZ=UTC pdfinfo " + quote(path));
  ASSERT_EQ(info.status, 0);
  for (const char* line :
       {"Title:           丽岭日报 第一版", "Author:          banmian 编辑部", "Subject:         上半年经济",
        "Keywords:        经济, 上半年", "Creator:         banmian test", "Pages:           2",
        "CreationDate:    Wed Jul  1 00:00:00 2020 UTC", "ModDate:         Wed Jul  1 00:00:00 2020 UTC"})
    EXPECT_NE(info.out.find(line), std::string::npos) << line << "\n" << info.out;
  // Cairo 1.16 writes the date without "D:"; its writer fixes it in place.
  std::string bytes = readFile(path);
  EXPECT_NE(bytes.find("/CreationDate (D:20200701000000Z)"), std::string::npos);
  EXPECT_NE(bytes.find("/ModDate (D:20200701000000Z)"), std::string::npos);
  EXPECT_EQ(run("qpdf --check " + quote(path)).status, 0);
}

TEST_P(PdfDocument, NoCreationTimeMeansNoDate) {
  std::string path = tempDir() + "/nodate.pdf";
  writePdf(twoPages(), path);
  std::string bytes = readFile(path);
  EXPECT_EQ(bytes.find("/CreationDate"), std::string::npos);
  EXPECT_EQ(bytes.find("/ModDate"), std::string::npos);
}

TEST_P(PdfDocument, BookmarksFormANestedOutline) {
  display::Document doc = twoPages();
  doc.bookmarks = {{"要闻", 1, 0, 72}, {"经济", 2, 0, 300}, {"评论", 1, 1, 72}};
  std::string path = tempDir() + "/outline.pdf";
  writePdf(doc, path);
  auto json = run("qpdf --json --json-key=outlines " + quote(path));
  ASSERT_EQ(json.status, 0);
  for (const char* title : {"\"title\": \"要闻\"", "\"title\": \"经济\"", "\"title\": \"评论\""})
    EXPECT_NE(json.out.find(title), std::string::npos) << title << "\n" << json.out;
  // qpdf prints an entry's kids before its title: "经济" nested in "要闻" comes first, and the
  // second top-level entry "评论" has no kids and points to page 2.
  const std::string& out = json.out;
  size_t child = out.find("\"title\": \"经济\""), parent = out.find("\"title\": \"要闻\"");
  EXPECT_LT(out.find("\"kids\": [\n"), child);
  EXPECT_LT(child, parent);
  EXPECT_NE(out.find("\"destpageposfrom1\": 2,\n      \"kids\": [],"), std::string::npos) << out;
  // Destinations: y = 300 from the top of an 842 pt page is 542 in PDF space.
  EXPECT_NE(out.find("\"/XYZ\",\n            0,\n            542,"), std::string::npos) << out;
  EXPECT_EQ(run("qpdf --check " + quote(path)).status, 0);
}

TEST_P(PdfDocument, LinkIsAnnotatedAndClean) {
  display::Document doc = twoPages();
  doc.pages[0].items.push_back(display::Link{{36, 60, 120, 14}, "https://example.org/liling?a=1&b='2'"});
  doc.pages[1].items.push_back(display::Link{{36, 60, 120, 14}, "https://example.org/p2"});
  std::string path = tempDir() + "/link.pdf";
  writePdf(doc, path);
  auto check = run("qpdf --check " + quote(path));
  EXPECT_EQ(check.status, 0) << check.out;
  std::string bytes = readFile(path);
  EXPECT_NE(bytes.find("/URI (https://example.org/liling?a=1&b='2')"), std::string::npos);
  EXPECT_NE(bytes.find("/URI (https://example.org/p2)"), std::string::npos);
}

}  // namespace
}  // namespace banmian::exporter::test
