#include "required_tools.h"

#include <utility>
#include <vector>

#include "shell.h"

namespace banmian::testing {
namespace {

const char* const kInstall = " (scripts/install-deps.sh installs it)";

bool onPath(const std::string& program) { return run("command -v " + quote(program) + " >/dev/null").status == 0; }

bool fitzImports(const std::string& python) { return run(python + " -c 'import fitz' 2>/dev/null").status == 0; }

}  // namespace

std::string missingTools() {
  static const std::vector<std::pair<const char*, const char*>> kTools = {
      {"qpdf", "qpdf"},         {"pdftotext", "poppler-utils"}, {"pdffonts", "poppler-utils"},
      {"pdfinfo", "poppler-utils"}, {"pdfimages", "poppler-utils"}, {"pdftoppm", "poppler-utils"},
      {"gs", "ghostscript"},    {"/usr/bin/python3", "python3"}};
  std::string out;
  for (const auto& [program, package] : kTools)
    if (!onPath(program)) out += std::string(program) + " is missing: apt-get install " + package + kInstall + "\n";
  if (onPath("/usr/bin/python3") && !fitzImports("/usr/bin/python3"))
    out += std::string("/usr/bin/python3 cannot import fitz: apt-get install python3-fitz") + kInstall + "\n";
  return out;
}

std::string pdfcheckProblem(const std::string& checker, const std::string& python) {
  std::string out;
  if (!exists(checker))
    out += checker + " is missing: the PDF checker must sit in ../shared/tools beside the checkout\n";
  if (!fitzImports(python))
    out += python + std::string(" cannot import fitz, which pdfcheck.py needs: apt-get install python3-fitz") +
           kInstall + "\n";
  return out;
}

}  // namespace banmian::testing
