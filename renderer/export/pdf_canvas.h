#pragma once
// Draws display-list items as a PDF content stream (banmian's own PDF writer). Coordinates turn from
// the display list's top-left origin with y down into PDF's bottom-left origin with y up here, item by
// item, so that the content, the link rectangles and the outline all use plain PDF user space.
#include <set>
#include <string>
#include <vector>

#include "export/canvas.h"
#include "export/pdf_font.h"
#include "export/pdf_images.h"
#include "export/pdf_text.h"
#include "export/pdf_to_unicode.h"

namespace banmian::exporter::pdf {

// What one page's content stream draws with, for its resource dictionary.
struct PageContent {
  std::string operators;                 // the content stream, not yet deflated
  std::set<int> fonts;                   // indexes into Document::fonts
  std::set<int> images;                  // XObject object numbers
  std::vector<std::string> annotations;  // link annotation dictionaries
};

// The fonts of a document as embedded, one per Document::fonts (nullptr for fonts no run uses), and
// their ToUnicode maps, which the pages fill as they are drawn.
struct DocumentFonts {
  std::vector<const EmbeddedFont*> embedded;
  std::vector<ToUnicodeMap> to_unicode;
};

class PdfCanvas final : public Canvas {
 public:
  PdfCanvas(DocumentFonts& fonts, PdfImages& images, double page_height)
      : fonts_(fonts), images_(images), page_height_(page_height) {}
  PageContent& content() { return content_; }

 private:
  void draw(const display::GlyphRun& run) override;
  void draw(const display::Path& path) override;
  void draw(const display::Image& image) override;
  void draw(const display::Link& link) override;
  void pushClip(const display::Path& clip) override;
  void restoreClip() override;

  void afterPage() override;
  void tracePath(const display::Path& path);
  void endText();
  void setFill(const Color& color);
  void setStroke(const display::Stroke& stroke);
  std::string point(Point p) const;

  DocumentFonts& fonts_;
  PdfImages& images_;
  double page_height_;
  PageContent content_;
  // The graphics state as last written, to leave out operators that would change nothing; unknown ("")
  // after a clip's Q restores an earlier state.
  std::string fill_, stroke_color_, line_;
  // Consecutive glyph runs share one text object (BT ... ET), and runs in one font and size one Tf.
  bool in_text_ = false;
  std::string text_font_;
  TextLine text_line_;
};

}  // namespace banmian::exporter::pdf
