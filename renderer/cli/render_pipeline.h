#pragma once
// The whole pipeline for one document: load -> resolve -> typeset -> compose -> export.
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "display/display_list.h"

namespace banmian::cli {

// Which export backend writes the PDF: Cairo (RGB, for screen) or libharu (the print edition: CMYK).
enum class Backend { Cairo, Haru };
// Which font set of the layout the page is typeset with: `fonts:` (screen) or `print-fonts:` (print,
// TrueType only). Auto: print for the haru backend, screen otherwise.
enum class FontSet { Auto, Screen, Print };

struct RenderOptions {
  std::string layout;
  std::string data;
  std::string pdf;                 // output PDF (required); "-" is standard output
  std::string png;                 // optional PNG per page: "out/p{page}.png" ({page} counts from 1)
  std::string svg;                 // optional SVG per page, named the same way
  double dpi = 150;
  bool strict = false;
  bool verbose = false;            // also print notes (typesetting choices) to standard error
  Backend backend = Backend::Cairo;
  FontSet fonts = FontSet::Auto;
  std::vector<std::string> limits;  // "--limit NAME=VALUE", applied (base/limits.h) while parsing
  std::string root;                // files the data names must lie under it; empty: the data's folder
  std::optional<int64_t> creation_time;  // from SOURCE_DATE_EPOCH
};

// What one render read and wrote, for callers that must know when to render again (batch runs).
struct RenderRecord {
  size_t pages = 0;
  std::vector<std::string> input_files;   // layout, data, story files, photos
  std::vector<std::string> font_families; // "role=Family A,Family B" as fontconfig resolved them
  std::vector<std::string> output_files;  // PDF, then PNG and SVG pages
};

// Builds the display list (no files written): what `banmian check` runs. Throws InputError for bad input
// (ReportedErrors when the errors are in `diagnostics`: every independent mistake of both files).
display::Document buildDocument(const RenderOptions& options, DiagnosticSink& diagnostics,
                                RenderRecord* record = nullptr);

// Builds and writes every requested output. Throws InputError for bad input, ExportError for an output
// path that may not be written (checked before the work, see export/atomic_file.h).
void render(const RenderOptions& options, DiagnosticSink& diagnostics, RenderRecord* record = nullptr);

// SOURCE_DATE_EPOCH as reproducible-builds.org defines it: unset -> none; not a number -> InputError.
std::optional<int64_t> sourceDateEpoch();

}  // namespace banmian::cli
