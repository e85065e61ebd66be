#pragma once
// The ideographic em box of a CJK face, as banmian places it: 0.88 em above the baseline and 0.12 em
// below (the em box that Noto CJK, AR PL and WenQuanYi faces share). Centring a line in a grid row
// centres this box, so every stage that puts a baseline in a row uses these.

namespace banmian {

constexpr double kEmBoxAscent = 0.88;
constexpr double kEmBoxDescent = 1 - kEmBoxAscent;

// The baseline of text of `size` centred in a row of height `row` whose top is `top`.
constexpr double baselineInRow(double top, double row, double size) { return top + (row - size) / 2 + kEmBoxAscent * size; }

}  // namespace banmian
