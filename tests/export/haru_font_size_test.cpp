// The print backend's font embedding: each face is subset with HarfBuzz before libharu loads it, so a
// page carries the glyphs it draws and small tables, not the tables of the whole font. The subsets
// live in a private temporary directory that is gone once the PDF is written, whether or not writing
// succeeded, and nothing of it (no path) reaches the PDF, which stays byte-identical across runs.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <optional>

#include "export/haru_backend.h"
#include "haru_test_support.h"
#include "test_support.h"

namespace banmian::exporter::test {
namespace {

const display::FontFace kKaitiGb{kKaiti, 0, "AR PL KaitiM GB"};
const display::FontFace kUmingCn{kUming, 0, "AR PL UMing CN"};  // a .ttc: loaded by face index
const display::FontFace kNotoSerifSc{kNotoSerif, kNotoSerifScIndex, "Noto Serif CJK SC"};

// Measured on Debian 12: 131,231 bytes with the subsets, 570,456 with the installed fonts (mostly
// Kaiti's outlines of the 300 characters, which libharu embeds either way).
constexpr size_t kSubsetPageBound = 150 * 1024;

// 300 common hanzi in Kaiti and a line in UMing: two faces, one of them from a collection.
display::Document twoFontPage() {
  display::Document doc;
  addTextPage(doc, kKaitiGb, commonHanzi(300), 10);
  int ming = doc.internFont(kUmingCn);
  doc.pages[0].items.push_back(shapeRun(kUmingCn, ming, "江溁书院", 12, {20, 700}));
  return doc;
}

// Points $TMPDIR, where the subsets are written, somewhere else for one test.
class ScopedTmpdir {
 public:
  explicit ScopedTmpdir(const std::string& dir) {
    if (const char* old = getenv("TMPDIR")) old_ = old;
    setenv("TMPDIR", dir.c_str(), 1);
  }
  ~ScopedTmpdir() { old_ ? setenv("TMPDIR", old_->c_str(), 1) : unsetenv("TMPDIR"); }

 private:
  std::optional<std::string> old_;
};

bool isEmptyDir(const std::string& dir) { return std::filesystem::is_empty(dir); }

TEST(HaruFontSize, SubsetFontsKeepThePageSmall) {
  std::string pdf = tempDir() + "/subset.pdf";
  writeHaruPdf(twoFontPage(), pdf);
  EXPECT_LT(readFile(pdf).size(), kSubsetPageBound);
  EXPECT_EQ(run("qpdf --check " + quote(pdf)).status, 0);
  auto fonts = run("pdffonts " + quote(pdf));
  EXPECT_NE(fonts.out.find("HPDFAA+GBZenKai-Medium"), std::string::npos) << fonts.out;
  EXPECT_NE(fonts.out.find("HPDFAB+UMingCN"), std::string::npos) << fonts.out;
  auto text = run("pdftotext " + quote(pdf) + " -");
  EXPECT_NE(text.out.find("江溁书院"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find(commonHanzi(20)), std::string::npos) << text.out;
}

TEST(HaruFontSize, TwoWritesAreByteIdentical) {
  std::string dir = tempDir();
  writeHaruPdf(twoFontPage(), dir + "/a.pdf");
  writeHaruPdf(twoFontPage(), dir + "/b.pdf");
  std::string a = readFile(dir + "/a.pdf");
  EXPECT_EQ(a, readFile(dir + "/b.pdf"));
  // The subsets' /proc/self/fd paths never reach the file.
  EXPECT_EQ(decompressedPdf(dir + "/a.pdf").find("/proc/self"), std::string::npos);
}

TEST(HaruFontSize, NothingIsWrittenToTheTemporaryDirectoryOnSuccessOrError) {
  std::string tmp = tempDir();
  std::string out = tempDir();
  ScopedTmpdir scoped(tmp);
  writeHaruPdf(twoFontPage(), out + "/page.pdf");
  EXPECT_TRUE(isEmptyDir(tmp));
  display::Document bad = twoFontPage();  // Kaiti is subset and written before the CFF face is refused
  addTextPage(bad, kNotoSerifSc, "在危机中");
  EXPECT_THROW(writeHaruPdf(bad, out + "/bad.pdf"), ExportError);
  EXPECT_TRUE(isEmptyDir(tmp));
}

TEST(HaruFontSize, SubsetsNeedNoTemporaryDirectory) {
  // The subsets live in memory files: an unusable TMPDIR changes nothing, and nothing is left on disk
  // for a kill -9 to strand.
  std::string pdf = tempDir() + "/in-memory.pdf";
  {
    ScopedTmpdir scoped("/nonexistent/banmian");
    writeHaruPdf(twoFontPage(), pdf);
  }
  EXPECT_LT(readFile(pdf).size(), kSubsetPageBound);
  EXPECT_EQ(run("qpdf --check " + quote(pdf)).status, 0);
  auto text = run("pdftotext " + quote(pdf) + " -");
  EXPECT_NE(text.out.find("江溁书院"), std::string::npos) << text.out;
}

}  // namespace
}  // namespace banmian::exporter::test
