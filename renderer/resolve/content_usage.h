#pragma once
// Which content of the data the layout shows. A frame that names content the data does not have is an
// error (with did-you-mean); content that no frame, anchor or template shows is a warning, so nothing
// the data holds is left out without a word.
#include "base/diagnostics.h"
#include "load/model.h"

namespace banmian::resolve {

void checkContentNames(const model::Layout& layout, const model::Document& document);
void warnUnusedContent(const model::Layout& layout, const model::Document& document, DiagnosticSink& diagnostics);

}  // namespace banmian::resolve
