#pragma once
// Thin vertical rules in the gutters of a flow, broken where a figure spans the gutter.
#include <vector>

#include "compose/compose_context.h"

namespace banmian::compose {

void drawColumnRules(ComposeContext& ctx, const model::Frame& flow, const std::vector<model::GridArea>& obstacles);

}  // namespace banmian::compose
