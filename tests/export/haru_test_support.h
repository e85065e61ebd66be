#pragma once
// Helpers for the print-backend tests: look inside the PDF libharu wrote (content streams
// decompressed by qpdf), rasterise it with poppler, and measure its ink with Ghostscript.
#include <map>
#include <string>
#include <vector>

#include "display/display_list.h"
#include "raster.h"

namespace banmian::exporter::test {

// The whole PDF with every stream decompressed (qpdf --qdf), so operators can be searched as text.
std::string decompressedPdf(const std::string& pdf);

using banmian::testing::GreyImage;
using banmian::testing::rasterise;

// Ghostscript's inkcov for page 1: the share of the page covered by each ink, 0..1, keyed "C" "M" "Y" "K".
std::map<std::string, double> inkCoverage(const std::string& pdf);

// A one-page document of `width` x `height` points holding `items`.
display::Document pageOf(std::vector<display::Item> items, double width = 200, double height = 200);

}  // namespace banmian::exporter::test
