#include "export/pdf_canvas.h"

#include <fmt/format.h>

#include <algorithm>

#include "export/export_error.h"
#include "export/pdf_syntax.h"
#include "export/pdf_text.h"

namespace banmian::exporter::pdf {
namespace {

using display::PathOp;

std::string rgb(const Color& color) {
  double r, g, b;
  color.toRgb(r, g, b);
  return fmt::format("{} {} {}", number(r, 4), number(g, 4), number(b, 4));
}

// PDF's line cap and join styles are numbered in the display list's order (§8.4.3.3-4).
int styleNumber(display::Stroke::Cap cap) { return static_cast<int>(cap); }
int styleNumber(display::Stroke::Join join) { return static_cast<int>(join); }

// The painting operator for a path: fill, stroke, both (fill first, as Cairo does), or neither.
std::string paintOperator(const display::Path& path) {
  const bool even_odd = path.fill && path.fill->rule == display::Fill::Rule::EvenOdd;
  if (path.fill && path.stroke) return even_odd ? "B*" : "B";
  if (path.fill) return even_odd ? "f*" : "f";
  return path.stroke ? "S" : "n";
}

}  // namespace

std::string PdfCanvas::point(Point p) const { return number(p.x) + " " + number(page_height_ - p.y); }

void PdfCanvas::draw(const display::GlyphRun& run) {
  if (run.glyphs.empty() || !(run.size > 0)) return;  // nothing to see
  if (!run.clusters.empty() || !run.text.empty()) checkClusters(run);
  const auto font = static_cast<size_t>(run.font);
  if (run.font < 0 || font >= fonts_.embedded.size() || !fonts_.embedded[font])
    throw ExportError("no font embedded for index " + std::to_string(run.font));
  setFill(run.color);
  if (!in_text_) {
    content_.operators += "BT\n";
    text_line_ = {};
  }
  in_text_ = true;
  std::string font_size = fmt::format("/F{} {} Tf\n", run.font, number(run.size));
  if (font_size != text_font_) content_.operators += font_size;
  text_font_ = std::move(font_size);
  writeGlyphRun(run, *fonts_.embedded[font], fonts_.to_unicode[font], page_height_, text_line_,
                content_.operators);
  content_.fonts.insert(run.font);
}

void PdfCanvas::endText() {
  if (in_text_) content_.operators += "ET\n";
  in_text_ = false;
  text_font_.clear();  // a new text object starts without a font
}

void PdfCanvas::afterPage() { endText(); }

void PdfCanvas::tracePath(const display::Path& path) {
  endText();  // paths may not be built inside a text object
  std::string& out = content_.operators;
  for (const auto& op : path.ops) {
    switch (op.kind) {
      case PathOp::Kind::MoveTo:
        out += point(op.p[0]) + " m\n";
        break;
      case PathOp::Kind::LineTo:
        out += point(op.p[0]) + " l\n";
        break;
      case PathOp::Kind::CurveTo:
        out += point(op.p[0]) + " " + point(op.p[1]) + " " + point(op.p[2]) + " c\n";
        break;
      case PathOp::Kind::Close:
        out += "h\n";
        break;
    }
  }
}

void PdfCanvas::setFill(const Color& color) {
  std::string fill = rgb(color) + " rg\n";
  if (fill != fill_) content_.operators += fill;
  fill_ = std::move(fill);
}

void PdfCanvas::setStroke(const display::Stroke& stroke) {
  std::string color = rgb(stroke.color) + " RG\n";
  if (color != stroke_color_) content_.operators += color;
  stroke_color_ = std::move(color);
  std::string dashes;
  for (double d : stroke.dashes) dashes += (dashes.empty() ? "" : " ") + number(d);
  std::string line = fmt::format("{} w {} J {} j [{}] 0 d\n", number(stroke.width), styleNumber(stroke.cap),
                                 styleNumber(stroke.join), dashes);
  if (line != line_) content_.operators += line;
  line_ = std::move(line);
}

void PdfCanvas::draw(const display::Path& path) {
  if (path.ops.empty()) return;
  if (path.fill) setFill(path.fill->color);
  if (path.stroke) setStroke(*path.stroke);
  tracePath(path);
  content_.operators += paintOperator(path) + "\n";
}

// Cropped to its frame (coverPlacement).
void PdfCanvas::draw(const display::Image& image) {
  endText();
  const PlacedImage& placed = images_.get(image);
  const Rect& f = image.frame;
  const std::optional<Cover> cover = coverPlacement(f, placed.width, placed.height);
  if (!cover) return;
  const Rect& a = cover->area;
  content_.operators += fmt::format("q\n{} {} {} {} re W n\n{} 0 0 {} {} {} cm\n/Im{} Do\nQ\n", number(f.x),
                                    number(page_height_ - f.y - f.height), number(f.width), number(f.height),
                                    number(a.width, 4), number(a.height, 4), number(a.x),
                                    number(page_height_ - a.y - a.height), placed.object);
  content_.images.insert(placed.object);
}

void PdfCanvas::draw(const display::Link& link) {
  const Rect& a = link.area;
  content_.annotations.push_back(fmt::format(
      "<< /Type /Annot /Subtype /Link /Rect [{} {} {} {}] /Border [0 0 0] /A << /S /URI /URI {} >> >>",
      number(a.x), number(page_height_ - a.y - a.height), number(a.x + a.width), number(page_height_ - a.y),
      literalString(link.uri)));
}

void PdfCanvas::pushClip(const display::Path& clip) {
  endText();
  content_.operators += "q\n";
  tracePath(clip);
  const bool even_odd = clip.fill && clip.fill->rule == display::Fill::Rule::EvenOdd;
  content_.operators += even_odd ? "W* n\n" : "W n\n";
}

void PdfCanvas::restoreClip() {
  endText();
  content_.operators += "Q\n";
  fill_.clear(), stroke_color_.clear(), line_.clear();
}

}  // namespace banmian::exporter::pdf
