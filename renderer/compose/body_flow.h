#pragma once
// Flows the article through the flow frame's columns: section heads kept with the lines that follow
// them, body paragraphs line by line on the grid, figures anchored where the text names them.
#include <set>
#include <string>

#include "compose/compose_context.h"

namespace banmian::compose {

// Composes the flow frame. Returns the ids of the photos the text anchored (their frames are done).
// Throws InputError at the flow frame when the text does not fit, saying how much is left over.
std::set<std::string> composeBodyFlow(ComposeContext& ctx, const model::Frame& flow);

// The photo frames of the layout that lie over `flow`: the text goes around them.
std::vector<model::GridArea> obstaclesOf(const model::Layout& layout, const model::Frame& flow);

}  // namespace banmian::compose
