// Every PDF banmian writes reads without a warning in poppler, qpdf and MuPDF. libharu's own ToUnicode
// maps used `begincidrange`, which a ToUnicode map may not contain: poppler warned on every read.
#include <gtest/gtest.h>

#include "process.h"

namespace banmian::e2e {
namespace {

class PdfValidity : public ::testing::TestWithParam<const char*> {};

TEST_P(PdfValidity, NoReaderWarns) {
  std::string dir = tempDir(), pdf = dir + "/page.pdf";
  Result r = run(quote(banmian()) + " render " + quote(repo("layouts/broadsheet-feature.yaml")) + " " +
                 quote(repo("data/liling-2020h1.yaml")) + " -o " + quote(pdf) + " --backend " + GetParam());
  ASSERT_EQ(r.status, 0) << r.err;
  for (const std::string& tool : {"pdftotext " + quote(pdf) + " /dev/null", "pdffonts " + quote(pdf)}) {
    Result checked = run(tool);
    EXPECT_EQ(checked.status, 0) << tool;
    EXPECT_EQ(checked.err, "") << tool;
  }
  Result qpdf = run("qpdf --check " + quote(pdf));
  EXPECT_EQ(qpdf.status, 0) << qpdf.out << qpdf.err;
  // MuPDF notes that it was built without ICC support; anything else it says is about the file.
  Result mutool = run("mutool draw -o /dev/null " + quote(pdf) + " 2>&1 | grep -v 'ICC support is not available'");
  EXPECT_EQ(mutool.out, "") << mutool.out;
}

TEST(PdfValidity, PrintToUnicodeMapsUseOnlyBfRanges) {
  std::string dir = tempDir(), pdf = dir + "/page.pdf";
  ASSERT_EQ(run(quote(banmian()) + " render " + quote(repo("layouts/broadsheet-feature.yaml")) + " " +
                quote(repo("data/liling-2020h1.yaml")) + " -o " + quote(pdf) + " --backend haru").status, 0);
  ASSERT_EQ(run("qpdf --qdf --object-streams=disable " + quote(pdf) + " " + quote(dir + "/qdf.pdf")).status, 0);
  std::string plain = readFile(dir + "/qdf.pdf");
  EXPECT_EQ(plain.find("begincidrange"), std::string::npos);
  EXPECT_NE(plain.find("beginbfrange"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Backends, PdfValidity, ::testing::Values("native", "cairo", "haru"));

}  // namespace
}  // namespace banmian::e2e
