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

// Reads a binary PGM (P5) as pdftoppm -gray writes it.
GreyImage rasterise(const std::string& pdf, int dpi) {
  std::string base = pdf + ".raster";
  auto r = run("pdftoppm -gray -singlefile -r " + std::to_string(dpi) + " " + quote(pdf) + " " + quote(base));
  if (r.status != 0) throw std::runtime_error("pdftoppm failed on " + pdf + ": " + r.err);
  std::string bytes = readFile(base + ".pgm");
  std::istringstream header(bytes);
  std::string magic;
  int maxval = 0;
  GreyImage image;
  header >> magic >> image.width >> image.height >> maxval;
  if (magic != "P5" || maxval != 255) throw std::runtime_error("unexpected PGM from pdftoppm");
  size_t start = static_cast<size_t>(header.tellg()) + 1;  // one whitespace byte after maxval
  image.pixels.assign(bytes.begin() + static_cast<std::ptrdiff_t>(start), bytes.end());
  if (image.pixels.size() != static_cast<size_t>(image.width) * image.height)
    throw std::runtime_error("short PGM from pdftoppm");
  return image;
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
