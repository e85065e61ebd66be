#pragma once
// The display list: everything a backend needs to draw a page, and nothing about where it came from.
// Backends (Cairo, libharu) only walk this; layout and chart tests assert on it.
//
// Coordinates are PDF points with the origin at the page's top-left corner and y growing downwards.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "base/color.h"
#include "base/geometry.h"

namespace banmian::display {

// A font file as the typesetter shaped with it; glyph ids refer to this face.
struct FontFace {
  std::string file;
  int index = 0;           // face index within a .ttc collection
  std::string family;      // for diagnostics and PDF font names
  bool operator==(const FontFace& o) const { return file == o.file && index == o.index; }
};

struct Glyph {
  uint32_t id = 0;
  double x = 0;  // pen position of this glyph, relative to the run's origin
  double y = 0;  // offset from the baseline (positive = down)
};

// Maps text back to glyphs so that extracted text is exact. Consecutive clusters cover the run's text
// and glyphs in order.
struct Cluster {
  int bytes = 0;   // UTF-8 bytes of text
  int glyphs = 0;  // glyphs drawn for them
};

struct GlyphRun {
  int font = 0;        // index into Document::fonts
  double size = 0;     // em size in points
  Color color = Color::black();
  Point origin;        // start of the baseline
  std::vector<Glyph> glyphs;
  std::string text;    // exactly the characters the glyphs stand for, in reading order
  std::vector<Cluster> clusters;
};

struct PathOp {
  enum class Kind { MoveTo, LineTo, CurveTo, Close };
  Kind kind = Kind::MoveTo;
  Point p[3];  // MoveTo/LineTo use p[0]; CurveTo uses p[0..2]
};

struct Stroke {
  double width = 1;
  Color color = Color::black();
  enum class Cap { Butt, Round, Square } cap = Cap::Butt;
  enum class Join { Miter, Round, Bevel } join = Join::Miter;
  std::vector<double> dashes = {};  // empty for a solid line
};

struct Fill {
  Color color = Color::black();
  enum class Rule { NonZero, EvenOdd } rule = Rule::NonZero;
};

struct Path {
  std::vector<PathOp> ops;
  std::optional<Fill> fill;
  std::optional<Stroke> stroke;

  // Builders for the common shapes.
  static Path rect(const Rect& r);
  static Path line(Point a, Point b);
};

// A raster image scaled to cover `frame` and cropped to it (object-fit: cover).
struct Image {
  std::string file;  // absolute path; JPEG or PNG
  enum class Format { Jpeg, Png } format = Format::Jpeg;
  int pixel_width = 0;
  int pixel_height = 0;
  Rect frame;
};

// Starts a clipped group: items until the matching PopClip are clipped to `clip`.
struct PushClip {
  Path clip;
};
struct PopClip {};

struct Link {
  Rect area;
  std::string uri;
};

using Item = std::variant<GlyphRun, Path, Image, PushClip, PopClip, Link>;

// One entry of the PDF outline (bookmarks panel).
struct Bookmark {
  std::string title;
  int level = 1;     // 1 = top
  int page = 0;      // 0-based page index
  double y = 0;      // where on the page it points
};

struct Page {
  double width = 0;
  double height = 0;
  std::vector<Item> items;  // drawn in order; text items in reading order
};

struct Metadata {
  std::string title;
  std::string author;
  std::string subject;
  std::string keywords;
  std::string creator = "banmian";
  std::optional<int64_t> creation_time;  // seconds since the epoch (SOURCE_DATE_EPOCH); none = omit
};

struct Document {
  Metadata metadata;
  std::vector<FontFace> fonts;
  std::vector<Page> pages;
  std::vector<Bookmark> bookmarks;

  // Index of `face` in `fonts`, adding it when new.
  int internFont(const FontFace& face);
};

}  // namespace banmian::display
