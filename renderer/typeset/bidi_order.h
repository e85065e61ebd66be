#pragma once
// Right-to-left text (Arabic script, Hebrew) inside a left-to-right Chinese line. Pango resolves the
// bidi levels and shapes each right-to-left item in visual order; the shaper turns its clusters back
// into logical order, so that breaking, text extraction and the clreq rules all read the text as
// written. Placing a line then reverses each right-to-left stretch on the page (UAX 9, rule L2).
#include <vector>

#include "typeset/justifier.h"
#include "typeset/shaped_text.h"

namespace banmian::typeset {

// Moves the clusters [line.begin, visible_end) of a placed line to their visual places: from the highest
// bidi level down to 1, every maximal stretch at that level or above is mirrored within the room it
// takes. Lines without right-to-left text are left as they are.
void placeRightToLeftRuns(const std::vector<ShapedCluster>& clusters, LineSpan line, size_t visible_end,
                          PlacedLine& placed);

}  // namespace banmian::typeset
