// Every program the suite shells out to is installed: a missing one fails here with what to install,
// rather than as an unexplained status code in the tests that use it.
#include <gtest/gtest.h>

#include "process.h"
#include "required_tools.h"

namespace banmian::e2e {
namespace {

TEST(RequiredTools, AreAllInstalled) { EXPECT_EQ(testing::missingTools(), ""); }

TEST(RequiredTools, PdfcheckBesideTheCheckoutRunsWithPyMuPdf) {
  EXPECT_EQ(testing::pdfcheckProblem(repo("../shared/tools/pdfcheck.py")), "");
}

// What the two checks above print when something is missing: a checker that is not there, and a Python
// that cannot import PyMuPDF (here one that cannot run at all).
TEST(RequiredTools, AMissingCheckerOrPyMuPdfIsNamedWithWhatToInstall) {
  const std::string problem = testing::pdfcheckProblem("/nonexistent/pdfcheck.py", "/bin/false");
  EXPECT_NE(problem.find("/nonexistent/pdfcheck.py is missing"), std::string::npos) << problem;
  EXPECT_NE(problem.find("cannot import fitz, which pdfcheck.py needs: apt-get install python3-fitz"), std::string::npos)
      << problem;
}

}  // namespace
}  // namespace banmian::e2e
