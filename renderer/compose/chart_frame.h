#pragma once
// Chart frames: the chart module draws the frame's bound chart into its grid area.
#include "compose/compose_context.h"

namespace banmian::compose {

void composeChartFrame(ComposeContext& ctx, const model::Frame& frame);

}  // namespace banmian::compose
