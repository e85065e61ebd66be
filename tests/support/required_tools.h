#pragma once
// The programs the tests shell out to. A missing one must fail the test that needs it with a message
// saying what to install, never skip it: a skipped check leaves CI green without having checked anything.
#include <string>

namespace banmian::testing {

// Empty when every tool is usable, else one line per missing tool naming the Debian package to install.
std::string missingTools();
// Empty when `checker` (../shared/tools/pdfcheck.py) exists and `python` (Debian's) can import PyMuPDF.
std::string pdfcheckProblem(const std::string& checker, const std::string& python = "/usr/bin/python3");

}  // namespace banmian::testing
