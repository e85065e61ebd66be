#pragma once
// Helpers for the export tests: hand-built display lists shaped with HarfBuzz directly, tiny images
// made at run time, and the PDF command-line tools (qpdf, poppler) run through popen.
#include <gtest/gtest.h>

#include <string>

#include "display/display_list.h"
#include "shell.h"

namespace banmian::exporter::test {

// Debian paths of the fonts the tests use (fonts-noto-cjk, fonts-arphic-gkai00mp, fonts-arphic-uming).
inline const char* kNotoSerif = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";
inline constexpr int kNotoSerifScIndex = 2;  // fc-list: "Noto Serif CJK SC:index=2"
inline const char* kKaiti = "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf";
inline const char* kUming = "/usr/share/fonts/truetype/arphic/uming.ttc";

// Shapes `text` with HarfBuzz into a run at `origin` using `font` (an index into doc.fonts), with
// clusters from HarfBuzz's byte offsets.
display::GlyphRun shapeRun(const display::FontFace& face, int font, const std::string& text, double size,
                           Point origin);

// Adds a page of `width` x `height` points holding one run of `text` in `face`.
display::Page& addTextPage(display::Document& doc, const display::FontFace& face, const std::string& text,
                           double size = 12, double width = 595, double height = 842);

// The first `n` characters of GB2312 (the 3,755 common hanzi come first), as UTF-8.
std::string commonHanzi(int n);

// The two writers of screen PDFs; tests of what any PDF must be run over both.
enum class PdfWriter { Cairo, Native };
void writeWith(PdfWriter writer, const display::Document& doc, const std::string& path);
std::string writerName(const ::testing::TestParamInfo<PdfWriter>& info);

using banmian::testing::quote;
using banmian::testing::readFile;
using banmian::testing::run;
using banmian::testing::tempDir;

// A grey-gradient RGB JPEG of the given size, written with libjpeg.
void writeTestJpeg(const std::string& path, int width, int height);
// A solid-colour PNG written with Cairo.
void writeTestPng(const std::string& path, int width, int height, double r, double g, double b);

}  // namespace banmian::exporter::test
