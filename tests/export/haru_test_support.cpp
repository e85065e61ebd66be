#include "haru_test_support.h"

#include <sstream>
#include <stdexcept>

#include "test_support.h"

namespace banmian::exporter::test {

std::string decompressedPdf(const std::string& pdf) {
  std::string out = pdf + ".qdf";
  auto r = run("qpdf --qdf --object-streams=disable " + quote(pdf) + " " + quote(out));
  if (r.status != 0 && r.status != 3) throw std::runtime_error("qpdf failed on " + pdf + ": " + r.err);
  return readFile(out);
}

std::map<std::string, double> inkCoverage(const std::string& pdf) {
  auto r = run("gs -q -dNOPAUSE -dBATCH -dFirstPage=1 -dLastPage=1 -o - -sDEVICE=inkcov " + quote(pdf));
  if (r.status != 0) throw std::runtime_error("gs inkcov failed on " + pdf + ": " + r.err);
  std::istringstream line(r.out);  // "0.00000  0.00000  0.00000  0.01234 CMYK OK"
  std::map<std::string, double> ink;
  line >> ink["C"] >> ink["M"] >> ink["Y"] >> ink["K"];
  if (!line) throw std::runtime_error("cannot read inkcov output: " + r.out);
  return ink;
}

display::Document pageOf(std::vector<display::Item> items, double width, double height) {
  display::Document doc;
  display::Page page;
  page.width = width, page.height = height;
  page.items = std::move(items);
  doc.pages.push_back(std::move(page));
  return doc;
}

}  // namespace banmian::exporter::test
