#pragma once
// What a candidate line is made of: its natural width, how much it may shrink (in clreq's order of
// preference) and how many gaps may take extra space. The breaker judges lines by it; the justifier
// places them by it, so both agree on every width.
#include <array>
#include <vector>

#include "typeset/line_breaker.h"

namespace banmian::typeset {

// clreq's order: what gives up space first when a line is too long.
enum ShrinkTier {
  kLineEndMark,      // a mark at the line end set half-width
  kLatinSpace,       // word spaces
  kBracket,          // brackets and quotes inside the line
  kPauseMark,        // ，、；：
  kCjkLatinSpace,    // Han-Latin spacing, down to half
  kStopMark,         // 。？！
  kShrinkTiers,
};

struct LineMetrics {
  size_t visible_end = 0;      // end of the line without the spaces hanging at its end
  double natural = 0;          // pt, with fixed adjustments and the line-start rule applied
  double start_trim = 0;       // pt taken off an opening mark at the line start
  std::array<double, kShrinkTiers> shrink{};  // pt each tier can give
  int stretch_gaps = 0;        // gaps that may take extra space when justifying
  double em = 0;               // the line's body size, pt
  double hang = 0;             // pt of a mark hanging past the line's end (hanging punctuation)

  double totalShrink() const;
};

// Measures any line of one paragraph in constant time from prefix sums built once: the total-fit
// breaker measures every candidate line, thousands per paragraph.
class LineMeasurer {
 public:
  LineMeasurer(const std::vector<ShapedCluster>& clusters, const ParagraphFormat& format);
  LineMetrics measure(LineSpan line) const;

 private:
  // Sums over clusters [0, i) of what each contributes when it is inside a line.
  struct Prefix {
    double width = 0, space = 0, space_shrink = 0, latin_space_shrink = 0;
    int gaps = 0;
    std::array<double, kShrinkTiers> tier{};
  };
  const std::vector<ShapedCluster>& clusters_;
  ParagraphFormat format_;
  std::vector<Prefix> prefix_;        // size n + 1
  std::vector<size_t> visible_end_;   // for each line end, the end without trailing spaces
  double em_ = 0;
};

// Would justifying this line to `width` open more than `limit_em` between two characters (or leave
// it short for want of any gap)?
bool opensWideGaps(const LineMetrics& m, double width, double limit_em);

// One line, measured directly (builds a measurer: for a single line, not for the breaker's inner loop).
LineMetrics measureLine(const std::vector<ShapedCluster>& clusters, LineSpan line, const ParagraphFormat& format);

// A Latin word space may shrink by this share of itself: the breaker measures with it, the justifier
// places with it.
constexpr double kSpaceShrink = 1.0 / 3;

bool isSpace(const ShapedCluster& c);

// ，。、． may hang past the end of a line when the style asks for hanging punctuation.
bool mayHang(const ShapedCluster& c);

// A paragraph's last line that holds one Han character and at most closing marks (孤字).
bool isLoneCharacter(const std::vector<ShapedCluster>& clusters, LineSpan line);

// May the gap before clusters[i] take extra space? Never inside a Latin word or number, nor inside —— ……
bool stretchableGap(const std::vector<ShapedCluster>& clusters, size_t i);

// The shrink tier the cluster's compressible side belongs to, inside a line.
ShrinkTier interiorTier(const ShapedCluster& c);

// What a mark inside a line may still give up on its left (right) side. A side facing another mark gives
// nothing: the adjacent-marks rule already took one blank half of the pair, and clreq keeps a pair at
// 1.5 em at the least.
double interiorShrinkLeft(const std::vector<ShapedCluster>& clusters, size_t i);
double interiorShrinkRight(const std::vector<ShapedCluster>& clusters, size_t i);

}  // namespace banmian::typeset
