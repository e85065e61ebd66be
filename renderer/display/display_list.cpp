#include "display/display_list.h"

namespace banmian::display {

Path Path::rect(const Rect& r) {
  Path p;
  p.ops.push_back({PathOp::Kind::MoveTo, {{r.left(), r.top()}}});
  p.ops.push_back({PathOp::Kind::LineTo, {{r.right(), r.top()}}});
  p.ops.push_back({PathOp::Kind::LineTo, {{r.right(), r.bottom()}}});
  p.ops.push_back({PathOp::Kind::LineTo, {{r.left(), r.bottom()}}});
  p.ops.push_back({PathOp::Kind::Close, {}});
  return p;
}

Path Path::line(Point a, Point b) {
  Path p;
  p.ops.push_back({PathOp::Kind::MoveTo, {a}});
  p.ops.push_back({PathOp::Kind::LineTo, {b}});
  return p;
}

int Document::internFont(const FontFace& face) {
  for (size_t i = 0; i < fonts.size(); ++i)
    if (fonts[i] == face) return static_cast<int>(i);
  fonts.push_back(face);
  return static_cast<int>(fonts.size()) - 1;
}

}  // namespace banmian::display
