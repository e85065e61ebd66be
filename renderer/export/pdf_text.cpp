#include "export/pdf_text.h"

#include <fmt/format.h>

#include <cmath>
#include <optional>

#include "export/pdf_syntax.h"

namespace banmian::exporter::pdf {
namespace {

// Writes the glyphs of one text object, keeping track of where the viewer's pen is, so that each
// adjustment is computed from the position the viewer reaches, not from ours: rounding never adds up.
class TextObject {
 public:
  TextObject(const display::GlyphRun& run, const EmbeddedFont& font, double page_height, TextLine& line,
             std::string& out)
      : run_(run), font_(font), page_height_(page_height), line_(line), out_(out) {}

  void glyph(const display::Glyph& g) {
    const double x = run_.origin.x + g.x, y = page_height_ - (run_.origin.y + g.y);
    if (!array_open_ || y != segment_y_) {
      close();
      moveTo(x, y);
      array_open_ = true;
      segment_y_ = y;
    } else if (const double adjust = std::round((pen_x_ - x) * 1000 / run_.size); adjust != 0) {
      // Whole thousandths of an em, as Cairo writes them: the error stays under 0.0005 em and never adds
      // up, because the pen is followed where the viewer puts it.
      flushCodes();
      array_ += number(adjust, 0);
      adjusted_ = true;
      pen_x_ -= adjust * run_.size / 1000;
    }
    const uint16_t code = codeOf(g.id);
    codes_ += fmt::format("{:04X}", code);
    auto width = font_.widths.find(code);
    pen_x_ += (width == font_.widths.end() ? 0 : width->second) * run_.size / 1000;
  }
  uint16_t codeOf(uint32_t glyph) const {
    auto it = font_.codes.find(glyph);
    return it == font_.codes.end() ? 0 : it->second;  // not embedded: .notdef, as a missing glyph draws
  }
  // Ends the TJ array in progress, so that marked content can begin or end between glyphs.
  void close() {
    if (!array_open_) return;
    flushCodes();
    out_ += adjusted_ ? "[" + array_ + "] TJ\n" : array_ + " Tj\n";
    array_.clear();
    array_open_ = adjusted_ = false;
  }

 private:
  // Starts a new line of text at (x, y): relative to the last line (Td) when there is one, which is shorter.
  void moveTo(double x, double y) {
    auto viewer = [](double v) { return std::round(v * 1000) / 1000; };  // as number() writes it
    if (line_.placed) {
      const double dx = viewer(x - line_.x), dy = viewer(y - line_.y);
      out_ += number(dx) + " " + number(dy) + " Td\n";
      line_.x += dx, line_.y += dy;
    } else {
      out_ += "1 0 0 1 " + number(x) + " " + number(y) + " Tm\n";
      line_ = {true, viewer(x), viewer(y)};
    }
    pen_x_ = line_.x;
  }

  void flushCodes() {
    if (!codes_.empty()) array_ += "<" + codes_ + ">";
    codes_.clear();
  }

  const display::GlyphRun& run_;
  const EmbeddedFont& font_;
  double page_height_;
  TextLine& line_;
  std::string& out_;
  std::string array_, codes_;
  bool array_open_ = false, adjusted_ = false;
  double pen_x_ = 0;
  double segment_y_ = 0;  // the baseline the glyphs of the open array share, as the display list has it
};

std::string actualText(const std::string& text) { return "/Span << /ActualText <FEFF" + utf16Hex(text) + "> >> BDC\n"; }

// One cluster: its glyphs, marked with its text unless the ToUnicode map can say it.
void writeCluster(TextObject& object, const display::GlyphRun& run, size_t first, int glyphs,
                  const std::string& text, ToUnicodeMap& to_unicode, std::string& out) {
  const bool mapped =
      glyphs == 1 && !text.empty() && to_unicode.claim(object.codeOf(run.glyphs[first].id), text);
  if (!mapped) {
    object.close();
    out += actualText(text);
  }
  for (size_t i = first; i < first + static_cast<size_t>(glyphs); ++i) object.glyph(run.glyphs[i]);
  if (!mapped) {
    object.close();
    out += "EMC\n";
  }
}

}  // namespace

void writeGlyphRun(const display::GlyphRun& run, const EmbeddedFont& font, ToUnicodeMap& to_unicode,
                   double page_height, TextLine& line, std::string& out) {
  TextObject object(run, font, page_height, line, out);
  if (run.clusters.empty()) {
    for (const auto& g : run.glyphs) object.glyph(g);
  } else {
    size_t glyph = 0, byte = 0;
    std::string carried;  // the text of clusters without glyphs goes with the next cluster's
    for (const auto& c : run.clusters) {
      std::string text = carried + run.text.substr(byte, static_cast<size_t>(c.bytes));
      byte += static_cast<size_t>(c.bytes);
      carried.clear();
      if (c.glyphs == 0) {
        carried = std::move(text);
        continue;
      }
      writeCluster(object, run, glyph, c.glyphs, text, to_unicode, out);
      glyph += static_cast<size_t>(c.glyphs);
    }
    object.close();
    if (!carried.empty()) out += actualText(carried) + "EMC\n";
  }
  object.close();
}

}  // namespace banmian::exporter::pdf
