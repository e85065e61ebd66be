#pragma once
// Frames of fixed text: a field or a story of the data set in the frame's style, a text template with
// the page numbers filled in (running heads, folios, a masthead), and horizontal rules.
#include "compose/compose_context.h"

namespace banmian::compose {

// `pages`: how many pages the document has, for {{pages}}.
void composeTextFrame(ComposeContext& ctx, const model::Frame& frame, int pages);

void composeRule(ComposeContext& ctx, const model::Frame& frame);

}  // namespace banmian::compose
