#pragma once
// Thin vertical rules in the gutters of a flow, broken where a figure spans the gutter.
#include <vector>

#include "compose/compose_context.h"

namespace banmian::compose {

// Rules in the gutters of `area` (a flow frame's cells, down to where its text ends).
void drawColumnRules(ComposeContext& ctx, const model::GridArea& area, const std::vector<model::GridArea>& obstacles);

}  // namespace banmian::compose
