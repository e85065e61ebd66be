// The print edition: the Liling page through the libharu backend (--backend haru) beside the same page
// typeset with the same print fonts through the Cairo backend (--fonts print). Same text, same
// picture, CMYK-only colour, and located errors for what libharu cannot print.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <regex>

#include "process.h"
#include "required_tools.h"
#include "raster.h"

namespace banmian::e2e {
namespace {

std::string layout() { return repo("layouts/broadsheet-feature.yaml"); }
std::string data() { return repo("data/liling-2020h1.yaml"); }

std::string render(const std::string& layout_file, const std::string& data_file, const std::string& pdf,
                   const std::string& flags) {
  return "SOURCE_DATE_EPOCH=1598227200 " + quote(banmian()) + " render " + quote(layout_file) + " " +
         quote(data_file) + " -o " + quote(pdf) + " " + flags;
}

void write(const std::string& path, const std::string& text) { std::ofstream(path) << text; }

class PrintEdition : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = tempDir();
    print_ = run(render(layout(), data(), dir_ + "/print.pdf", "--backend haru"));
    cairo_ = run(render(layout(), data(), dir_ + "/cairo-print.pdf", "--backend cairo --fonts print"));
  }
  static inline std::string dir_;
  static inline Result print_, cairo_;
};

TEST_F(PrintEdition, BothBackendsRender) {
  ASSERT_EQ(print_.status, 0) << print_.err;
  ASSERT_EQ(cairo_.status, 0) << cairo_.err;
  EXPECT_EQ(run("qpdf --check " + quote(dir_ + "/print.pdf")).status, 0);
}

TEST_F(PrintEdition, PassesPdfcheckLikeTheCairoPage) {
  std::string checker = repo("../shared/tools/pdfcheck.py");
  ASSERT_EQ(testing::pdfcheckProblem(checker), "");
  Result r = run("/usr/bin/python3 " + quote(checker) + " --quiet " + quote(dir_ + "/print.pdf") + " --source " +
                 quote(repo("../shared/seed/liling-2020h1-article.txt")));
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("PASS"), std::string::npos) << r.out;
  for (const char* zero : {"overlap=0 ", "split=0 ", "loose=0 ", "fonts_bad=0 "})
    EXPECT_NE(r.out.find(zero), std::string::npos) << zero << " in " << r.out;
  EXPECT_NE(r.out.find("fidelity=1.0"), std::string::npos) << r.out;
}

// -raw: text in content-stream order, which is the display list's order in both backends. (Poppler's
// default reading-order analysis regroups the eight-column flow differently when characters come one
// per Tj (libharu) instead of one TJ per run (Cairo), although every character and its box agree.)
TEST_F(PrintEdition, SameTextAsTheCairoPage) {
  Result print = run("pdftotext -raw " + quote(dir_ + "/print.pdf") + " -");
  Result cairo = run("pdftotext -raw " + quote(dir_ + "/cairo-print.pdf") + " -");
  ASSERT_EQ(print.status, 0);
  EXPECT_GT(print.out.size(), 10000u);
  EXPECT_EQ(print.out, cairo.out);
  EXPECT_NE(print.out.find("溁江书院"), std::string::npos);  // 溁 comes from the fallback AR PL UMing CN
}

struct Difference {
  int max = 0;              // largest per-pixel difference, 0..255
  double over_8 = 0;        // share of pixels differing by more than 8
};

Difference compare(const testing::GreyImage& a, const testing::GreyImage& b) {
  Difference d;
  if (a.width != b.width || a.height != b.height) return {255, 1};
  size_t over = 0;
  for (size_t i = 0; i < a.pixels.size(); ++i) {
    int diff = std::abs(a.pixels[i] - b.pixels[i]);
    d.max = std::max(d.max, diff);
    over += diff > 8;
  }
  d.over_8 = static_cast<double>(over) / a.pixels.size();
  return d;
}

// Same geometry, two PDF writers, one rasteriser (poppler, 100 dpi). Glyph positions agree within
// 0.06 pt (Cairo quantises TJ adjustments to 1/1000 em, libharu writes floats), under 0.1 px; poppler
// snaps glyph origins to quarter pixels, so such a shift can move a glyph edge by a quarter pixel,
// changing an edge pixel by at most 255/4 ≈ 64 (measured: max 64, 0.5 % of pixels over 8). The
// threshold allows that and nothing more: a missing or wrong glyph, a misplaced line or a wrong tint
// changes pixels by far more than 80 (the screen-font page below differs by 255).
TEST_F(PrintEdition, SamePictureAsTheCairoPage) {
  testing::GreyImage print = testing::rasterise(dir_ + "/print.pdf", 100);
  testing::GreyImage cairo = testing::rasterise(dir_ + "/cairo-print.pdf", 100);
  Difference d = compare(print, cairo);
  EXPECT_LE(d.max, 80);
  // The charts' saturated fills (bars, rings) print in CMYK, which poppler turns back into grey by its own
  // ink formula rather than the naive one: a few grey levels apart over their whole area (measured 1.7 %
  // of the page over 8, never near the 80 above).
  EXPECT_LT(d.over_8, 0.025);
  // The comparison can fail: the Cairo page with the screen fonts (Noto) is another picture.
  ASSERT_EQ(run(render(layout(), data(), dir_ + "/screen.pdf", "")).status, 0);
  Difference other = compare(testing::rasterise(dir_ + "/screen.pdf", 100), cairo);
  EXPECT_GT(other.max, 80);
  EXPECT_GT(other.over_8, 0.01);
}

TEST_F(PrintEdition, EveryColourOperatorIsCmykAndBodyTextIsPureBlack) {
  std::string qdf = dir_ + "/print.qdf";
  ASSERT_EQ(run("qpdf --qdf --object-streams=disable " + quote(dir_ + "/print.pdf") + " " + quote(qdf)).status, 0);
  std::string pdf = readFile(qdf);
  EXPECT_FALSE(std::regex_search(pdf, std::regex(" (rg|RG|g|G|sc|SC|scn|SCN)\n")));
  EXPECT_NE(pdf.find("\n0 0 0 1 k\nBT\n"), std::string::npos);
  EXPECT_NE(pdf.find(" k\n"), std::string::npos);
  EXPECT_NE(pdf.find(" K\n"), std::string::npos);  // the rules
}

TEST_F(PrintEdition, IsByteForByteReproducible) {
  ASSERT_EQ(run(render(layout(), data(), dir_ + "/again.pdf", "--backend haru")).status, 0);
  EXPECT_EQ(readFile(dir_ + "/again.pdf"), readFile(dir_ + "/print.pdf"));
}

// The print layout with its song role replaced by `role`: the print render must refuse `family`, located
// at the role's line, and write nothing.
void expectSongRoleRefused(const std::string& role, const std::string& family) {
  std::string dir = tempDir(), bad = dir + "/layout.yaml";
  std::string text = readFile(layout());
  std::string from = "  song: [\"AR PL SungtiL GB\", \"AR PL UMing CN\"]";
  ASSERT_NE(text.find(from), std::string::npos);
  int line = static_cast<int>(std::count(text.begin(), text.begin() + text.find(from), '\n')) + 1;
  text.replace(text.find(from), from.size(), "  song: " + role);
  write(bad, text);
  Result r = run(render(bad, data(), dir + "/out.pdf", "--backend haru"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find(bad + ":" + std::to_string(line) + ":3: error: font '" + family + "' of role 'song' is CFF"),
            std::string::npos) << r.err;
  EXPECT_FALSE(exists(dir + "/out.pdf"));
}

TEST(PrintEditionErrors, CffPrintFontIsALocatedError) {
  expectSongRoleRefused("[\"Noto Serif CJK SC\"]", "Noto Serif CJK SC");
}

TEST(PrintEditionErrors, CffLatinFontOfAPrintRoleIsALocatedError) {
  // TeX Gyre Termes is OpenType CFF (fonts-texgyre): fine on screen, not for libharu.
  expectSongRoleRefused("{families: [\"AR PL SungtiL GB\"], latin: \"TeX Gyre Termes\"}", "TeX Gyre Termes");
}

TEST(PrintEditionErrors, CharacterBeyondBmpIsALocatedError) {
  std::string dir = tempDir(), bad = dir + "/data.yaml";
  std::string text = readFile(data());
  text.replace(text.find("title: 在危机中育新机"), std::string("title: 在危机中育新机").size(), "title: 在𠀀机中育新机");
  write(bad, text);
  write(dir + "/liling-2020h1.md", readFile(repo("data/liling-2020h1.md")));
  Result r = run(render(layout(), bad, dir + "/out.pdf", "--backend haru"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find(bad + ":16:10: error: character '𠀀' (U+20000) is beyond U+FFFF"), std::string::npos) << r.err;
  EXPECT_FALSE(exists(dir + "/out.pdf"));
}

TEST(PrintEditionErrors, LayoutWithoutPrintFontsIsAnError) {
  std::string dir = tempDir(), bad = dir + "/layout.yaml";
  std::string text = readFile(layout());
  size_t start = text.find("print-fonts:"), end = start;  // the section: its key and its indented lines
  while ((end = text.find('\n', end) + 1) < text.size() && text.compare(end, 2, "  ") == 0) {}
  text.erase(start, end - start);
  write(bad, text);
  Result r = run(render(bad, data(), dir + "/out.pdf", "--backend haru"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("no 'print-fonts' section"), std::string::npos) << r.err;
  Result screen = run(render(bad, data(), dir + "/out.pdf", "--backend cairo"));
  EXPECT_EQ(screen.status, 0) << screen.err;  // the screen edition does not need it
}

TEST(PrintEditionErrors, HelpStatesTheBackendsAndThePermissionsCaveat) {
  Result h = run(quote(banmian()) + " render --help");
  EXPECT_NE(h.out.find("--backend"), std::string::npos) << h.out;
  EXPECT_NE(h.out.find("--fonts"), std::string::npos);
  EXPECT_NE(h.out.find("RC4"), std::string::npos);
}

}  // namespace
}  // namespace banmian::e2e
