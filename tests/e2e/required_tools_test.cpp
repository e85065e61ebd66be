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

}  // namespace
}  // namespace banmian::e2e
