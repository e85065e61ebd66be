// The lexical pieces of banmian's PDF writer, and the file structure around its objects.
#include <gtest/gtest.h>

#include <regex>

#include "base/parallel_for.h"
#include "export/export_error.h"
#include "export/pdf_file.h"
#include "export/pdf_syntax.h"

namespace banmian::exporter::pdf {
namespace {

TEST(PdfSyntax, NumbersHaveNoTrailingZerosExponentOrNegativeZero) {
  EXPECT_EQ(number(12.5), "12.5");
  EXPECT_EQ(number(3.0), "3");
  EXPECT_EQ(number(-0.0001), "0");
  EXPECT_EQ(number(1e-9), "0");
  EXPECT_EQ(number(1234567.0), "1234567");
  EXPECT_EQ(number(0.12345), "0.123");
  EXPECT_EQ(number(2.71828, 4), "2.7183");
  EXPECT_EQ(number(-7.25, 0), "-7");
}

TEST(PdfSyntax, NamesEscapeDelimitersAndBytesOutsideAscii) {
  EXPECT_EQ(name("ABCDEF+NotoSerifCJKsc-Regular"), "/ABCDEF+NotoSerifCJKsc-Regular");
  EXPECT_EQ(name("A B/C#(D)"), "/A#20B#2FC#23#28D#29");
  EXPECT_EQ(name("宋"), "/#E5#AE#8B");
}

TEST(PdfSyntax, LiteralStringsEscapeWhatWouldEndOrBreakThem) {
  EXPECT_EQ(literalString("a(b)c\\d"), "(a\\(b\\)c\\\\d)");
  EXPECT_EQ(literalString("line\nend"), "(line\\012end)");
  EXPECT_EQ(literalString("https://example.org/?a=1&b='2'"), "(https://example.org/?a=1&b='2')");
}

TEST(PdfSyntax, TextStringsAreAsciiOrUtf16WithAByteOrderMark) {
  EXPECT_EQ(textString("banmian test"), "(banmian test)");
  EXPECT_EQ(textString("丽岭"), "<FEFF4E3D5CAD>");
  EXPECT_EQ(textString("𠀀"), "<FEFFD840DC00>");  // beyond the BMP: a surrogate pair
}

TEST(PdfSyntax, DatesAreUtc) { EXPECT_EQ(date(1593561600), "(D:20200701000000Z)"); }

TEST(PdfFile, CrossReferencePointsAtEveryObject) {
  PdfFile file;
  const int catalog = file.reserve(), pages = file.reserve();
  file.object(pages, "<< /Type /Pages /Kids [] /Count 0 >>");
  file.object(catalog, "<< /Type /Catalog /Pages 2 0 R >>");
  const std::string pdf = file.finish(catalog, 0);
  const size_t xref = pdf.find("\nxref\n") + 1;
  ASSERT_NE(xref, std::string::npos + 1);
  std::smatch m;
  const std::string table = pdf.substr(xref);
  ASSERT_TRUE(std::regex_search(table, m, std::regex("0 3\n0000000000 65535 f \n(\\d{10}) 00000 n \n(\\d{10}) 00000 n \n")));
  EXPECT_EQ(pdf.compare(std::stoul(m[1]), 8, "1 0 obj\n"), 0);
  EXPECT_EQ(pdf.compare(std::stoul(m[2]), 8, "2 0 obj\n"), 0);
  EXPECT_NE(pdf.find("startxref\n" + std::to_string(xref) + "\n%%EOF"), std::string::npos);
}

TEST(PdfFile, AnObjectReservedButNeverWrittenIsAnError) {
  PdfFile file;
  const int catalog = file.reserve();
  file.reserve();
  file.object(catalog, "<< /Type /Catalog >>");
  EXPECT_THROW(file.finish(catalog, 0), ExportError);
}

TEST(PdfFile, AnObjectWrittenTwiceIsAnError) {
  PdfFile file;
  const int id = file.reserve();
  file.object(id, "null");
  EXPECT_THROW(file.object(id, "null"), ExportError);
}

TEST(ParallelFor, RunsEveryTaskOnce) {
  std::vector<int> runs(100, 0);
  parallelFor(runs.size(), 4, [&runs](size_t i) { ++runs[i]; });
  EXPECT_EQ(std::count(runs.begin(), runs.end(), 1), 100);
}

TEST(ParallelFor, RethrowsAfterTheOtherTasksRan) {
  std::vector<int> runs(20, 0);
  EXPECT_THROW(parallelFor(runs.size(), 3,
                           [&runs](size_t i) {
                             ++runs[i];
                             if (i == 5) throw ExportError("task 5");
                           }),
               ExportError);
  EXPECT_EQ(std::count(runs.begin(), runs.end(), 1), 20);
}

}  // namespace
}  // namespace banmian::exporter::pdf
