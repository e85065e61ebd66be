#pragma once
// Text extracted from print, or typed on a Latin keyboard, often carries half-width , ; : ! ? ( ) inside
// Chinese sentences. A Chinese page shows the full-width marks. The change is typographic, not editorial,
// so it is made here, per paragraph style, and the data keeps what the user wrote.
#include <string>

#include "typeset/styled_text.h"

namespace banmian::typeset {

struct NormalizeOptions {
  bool curly_quotes = true;  // straight " and ' in a text holding Chinese become “” ‘’
};

// Replaces half-width punctuation that touches a Chinese character with its full-width form, across run
// boundaries; marks between digits or Latin letters ("1,000", "12:30") are left alone. Brackets go as
// pairs: when either bracket of a pair touches Chinese or is full-width, both become full-width.
void normalizePunctuation(StyledParagraph& paragraph);

// The same rule on plain text, for single strings (titles, captions).
std::u32string normalizePunctuation(std::u32string_view text, const NormalizeOptions& options = {});

}  // namespace banmian::typeset
