#pragma once
// A PDF page as pixels, for tests that compare what two backends draw: poppler's pdftoppm
// rasterises, in 8-bit grey.
#include <cstdint>
#include <string>
#include <vector>

namespace banmian::testing {

struct GreyImage {
  int width = 0, height = 0;
  std::vector<uint8_t> pixels;  // row by row, 0 = black, 255 = paper
  int at(int x, int y) const { return pixels.at(static_cast<size_t>(y) * width + x); }
};

// Page 1 of `pdf` at `dpi`. Throws std::runtime_error when pdftoppm fails.
GreyImage rasterise(const std::string& pdf, int dpi);

}  // namespace banmian::testing
