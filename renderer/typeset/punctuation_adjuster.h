#pragma once
// Punctuation width adjustment (clreq 3.1.6, GB/T 15834): decides the widths that do not depend on where
// lines break (adjacent marks, banjiao, kaiming) and adds the spacing between Han and Latin text.
#include <vector>

#include "typeset/shaped_text.h"
#include "typeset/styled_text.h"

namespace banmian::typeset {

// ’ and ' between Latin letters are apostrophes (O’Neill): proportional, part of the word, never a
// place to break. Marks them with kApostrophe (char_class.h) and trims a full-width ’ to its ink.
void markApostrophes(std::vector<ShapedCluster>& clusters);

// Sets trim_left/trim_right of marks by the paragraph's punctuation style.
void adjustPunctuation(std::vector<ShapedCluster>& clusters, PunctuationStyle style);

// Sets space_before between Han characters and Latin letters or digits (none next to punctuation).
void addCjkLatinSpacing(std::vector<ShapedCluster>& clusters, double em_fraction);

// The blank that may still be taken from the right (left) side of a mark, pt: at most half an em, never
// into the ink. Zero for anything that is not a full-width mark.
double compressibleRight(const ShapedCluster& c);
double compressibleLeft(const ShapedCluster& c);

}  // namespace banmian::typeset
