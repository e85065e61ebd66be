#include "typeset/punctuation_adjuster.h"

#include <algorithm>
#include <cmath>

#include "typeset/char_class.h"

namespace banmian::typeset {
namespace {

// Keep a hair of blank beside the ink so compressed marks never touch their neighbours.
constexpr double kInkMargin = 0.02;
// Less blank than this is side bearing, not the blank half of a full-width mark.
constexpr double kMinimumBlank = 0.3;

bool isStop(const ShapedCluster& c) { return classify(c.first) == CharClass::Stop; }

// A centred mark (，。 in Traditional fonts, ：；！？ everywhere) has blank on both sides: clreq halves it
// by a quarter em from each side, not half an em from one.
bool isCentred(const ShapedCluster& c) {
  double em = c.size, left_blank = c.ink_left, right_blank = c.advance - c.ink_right;
  return left_blank >= 0.2 * em && right_blank >= 0.2 * em && std::abs(left_blank - right_blank) < 0.1 * em;
}

// Halves a mark from whichever side is blank, or from both when it is centred.
void setHalfWidth(ShapedCluster& c) {
  double right = compressibleRight(c), left = compressibleLeft(c);
  if (isCentred(c)) {
    double quarter = 0.25 * c.size;
    c.trim_left += std::min(quarter, std::max(0.0, c.ink_left - kInkMargin * c.size));
    c.trim_right += std::min(quarter, std::max(0.0, c.advance - c.ink_right - kInkMargin * c.size));
  } else if (right >= left) {
    c.trim_right += right;
  } else {
    c.trim_left += left;
  }
}

// Adjacent marks: the blank halves between them would leave a whole em of space; take one away.
void compressAdjacent(std::vector<ShapedCluster>& clusters) {
  for (size_t i = 0; i + 1 < clusters.size(); ++i) {
    ShapedCluster& a = clusters[i];
    ShapedCluster& b = clusters[i + 1];
    if (!isCompressiblePunctuation(a.first) || !isCompressiblePunctuation(b.first)) continue;
    // Two centred marks each give the quarter em that faces the other.
    if (isCentred(a) && isCentred(b)) {
      a.trim_right += std::min(0.25 * a.size, compressibleRight(a));
      b.trim_left += std::min(0.25 * b.size, compressibleLeft(b));
      continue;
    }
    double right = compressibleRight(a), left = compressibleLeft(b);
    if (right >= left) a.trim_right += right;
    else b.trim_left += left;
  }
}

// Latin letters, digits and % are spaced from Han; joining marks such as / + - are not ("m²/人").
bool spacedFromHan(char32_t c) {
  return (c >= '0' && c <= '9') || isLatinLetter(c) || c == '%' || c == U'‰' || c == U'²' || c == U'³';
}

}  // namespace

double compressibleRight(const ShapedCluster& c) {
  if (!isCompressiblePunctuation(c.first)) return 0;
  double em = c.size;
  double blank = c.advance - c.ink_right - c.trim_right - kInkMargin * em;
  if (c.trim_right == 0 && blank < kMinimumBlank * em) return 0;
  return std::max(0.0, std::min(blank, 0.5 * em - c.trim_right - c.trim_left));
}

double compressibleLeft(const ShapedCluster& c) {
  if (!isCompressiblePunctuation(c.first)) return 0;
  double em = c.size;
  double blank = c.ink_left - c.trim_left - kInkMargin * em;
  if (c.trim_left == 0 && blank < kMinimumBlank * em) return 0;
  return std::max(0.0, std::min(blank, 0.5 * em - c.trim_right - c.trim_left));
}

void markApostrophes(std::vector<ShapedCluster>& clusters) {
  for (size_t i = 1; i + 1 < clusters.size(); ++i) {
    ShapedCluster& c = clusters[i];
    if (c.first != c.last || !isApostropheMark(c.first)) continue;
    if (!isLatinLetter(clusters[i - 1].last) || !isLatinLetter(clusters[i + 1].first)) continue;
    // A CJK font draws ’ as a full-width closing quote: keep only its ink and a hair each side. (A
    // Latin font's ’ is proportional already.)
    if (c.first == U'’' && c.advance > 0.6 * c.size) {
      double hair = kInkMargin * c.size * 2;
      c.trim_left = std::max(0.0, c.ink_left - hair);
      c.trim_right = std::max(0.0, c.advance - c.ink_right - hair);
    }
    c.first = c.last = kApostrophe;
  }
}

void adjustPunctuation(std::vector<ShapedCluster>& clusters, PunctuationStyle style) {
  if (style != PunctuationStyle::Quanjiao) {
    for (auto& c : clusters)
      if (isCompressiblePunctuation(c.first) && !(style == PunctuationStyle::Kaiming && isStop(c))) setHalfWidth(c);
  }
  compressAdjacent(clusters);
}

void addCjkLatinSpacing(std::vector<ShapedCluster>& clusters, double em_fraction) {
  if (em_fraction <= 0) return;
  for (size_t i = 1; i < clusters.size(); ++i) {
    ShapedCluster& c = clusters[i];
    const ShapedCluster& p = clusters[i - 1];
    bool han_latin = isHan(p.last) && spacedFromHan(c.first);
    bool latin_han = spacedFromHan(p.last) && isHan(c.first);
    if (han_latin || latin_han) c.space_before = em_fraction * std::max(c.size, p.size);
  }
}

}  // namespace banmian::typeset
