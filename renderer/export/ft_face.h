#pragma once
// Cairo font faces over FreeType that own what FreeType reads: the face of an installed file, or one
// made from a subset's bytes in memory.
#include <hb.h>

#include "display/display_list.h"
#include "export/cairo_handles.h"

namespace banmian::exporter {

// The face `font` names, read from its file; throws ExportError when FreeType cannot load it.
// `load_flags` are FreeType's (FT_LOAD_NO_HINTING for outlines that are embedded, not rasterised).
FontFacePtr loadInstalledFace(const display::FontFace& font, int load_flags);

// A face read from `subset` (whose reference it takes over), or nullptr, with `subset` released,
// when FreeType rejects the bytes.
FontFacePtr loadSubsetFace(const display::FontFace& font, hb_blob_t* subset, int load_flags);

}  // namespace banmian::exporter
