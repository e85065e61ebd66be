#pragma once
// The resolve stage: from the loaded model to what this machine has (fonts, image files).
#include "base/diagnostics.h"
#include "load/model.h"
#include "resolve/resolved_assets.h"

namespace banmian::resolve {

ResolvedAssets resolveAssets(const model::Layout& layout, const model::Document& document,
                             DiagnosticSink& diagnostics);

}  // namespace banmian::resolve
