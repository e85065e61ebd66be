#pragma once
// Photo frames: the picture cropped to fill the frame (or a neutral placeholder when the data names no
// file), with its caption in the caption rows under it.
#include "compose/compose_context.h"

namespace banmian::compose {

void composePhotoFrame(ComposeContext& ctx, const model::Frame& frame);

// The picture alone (or its placeholder, with a warning), cropped to fill `picture`.
void drawPicture(ComposeContext& ctx, const resolve::ResolvedPhoto& photo, const Rect& picture);

}  // namespace banmian::compose
