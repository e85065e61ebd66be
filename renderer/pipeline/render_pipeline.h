#pragma once
// The whole pipeline for one document: load -> resolve -> typeset -> compose -> export.
#include <optional>
#include <string>
#include <vector>

#include <banmian/banmian.h>

#include "base/diagnostics.h"
#include "display/display_list.h"

namespace banmian::model {
struct Layout;
}

namespace banmian::pipeline {

struct RenderCaches;

// The options are the public API's (include/banmian/banmian.h): one home for what a render may be asked.
using ::banmian::Backend;
using ::banmian::FontSet;
using ::banmian::RenderOptions;

// What one render read and wrote, for callers that must know when to render again (batch runs).
struct RenderRecord {
  size_t pages = 0;
  std::vector<std::string> input_files;   // layout, data, story files, photos
  std::vector<std::string> font_families; // "role=Family A,Family B" as fontconfig resolved them
  std::vector<std::string> output_files;  // PDF, then PNG and SVG pages
};

// Builds the display list (no files written). Throws InputError for bad input.
// `caches` (render_caches.h): kept from earlier documents; nullptr: none.
display::Document buildDocument(const RenderOptions& options, DiagnosticSink& diagnostics,
                                RenderRecord* record = nullptr, RenderCaches* caches = nullptr);

// Builds the PDF in memory (no files written; options.pdf, png and svg are not used). Throws InputError
// for bad input, ExportError when the PDF cannot be made.
std::string renderPdfBytes(const RenderOptions& options, DiagnosticSink& diagnostics, RenderRecord* record = nullptr);

// Builds and writes every requested output. Throws InputError for bad input, ExportError for an output
// path that may not be written (checked before the work, see export/atomic_file.h).
void render(const RenderOptions& options, DiagnosticSink& diagnostics, RenderRecord* record = nullptr,
            RenderCaches* caches = nullptr);

// Replaces the layout's screen fonts with its `print-fonts`. Throws InputError when it has none.
void selectPrintFonts(model::Layout& layout);

// SOURCE_DATE_EPOCH as reproducible-builds.org defines it: unset -> none; not a number -> InputError.
std::optional<int64_t> sourceDateEpoch();

}  // namespace banmian::pipeline
