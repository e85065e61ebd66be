#pragma once
// The compose stage: pages drawn from the layout's master pages, as many as the stories need, their
// frames filled from the content in reading order, become the display list.
#include "base/diagnostics.h"
#include "display/display_list.h"
#include "load/model.h"
#include "resolve/resolved_assets.h"
#include "typeset/typesetter.h"

namespace banmian::compose {

display::Document composeDocument(const model::Layout& layout, const model::Document& document,
                                  const resolve::ResolvedAssets& assets, typeset::Typesetter& typesetter,
                                  DiagnosticSink& diagnostics);

}  // namespace banmian::compose
