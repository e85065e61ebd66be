#include "raster.h"

#include <sstream>
#include <stdexcept>

#include "shell.h"

namespace banmian::testing {

// Reads the binary PGM (P5) that pdftoppm -gray writes.
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

}  // namespace banmian::testing
