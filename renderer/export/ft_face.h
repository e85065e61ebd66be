#pragma once
// Cairo font faces over FreeType that own what FreeType reads: the face of an installed file, or one
// made from a subset's bytes in memory.
#include <hb.h>

#include <memory>

struct FT_FaceRec_;  // FreeType's face, as FT_Face points to it (ft2build.h stays out of this header)

#include "display/display_list.h"
#include "export/cairo_handles.h"

namespace banmian::exporter {

// The face `font` names, read from its file; throws ExportError when FreeType cannot load it.
// `load_flags` are FreeType's (FT_LOAD_NO_HINTING for outlines that are embedded, not rasterised).
FontFacePtr loadInstalledFace(const display::FontFace& font, int load_flags);

// A face read from `subset` (whose reference it takes over), or nullptr, with `subset` released,
// when FreeType rejects the bytes.
FontFacePtr loadSubsetFace(const display::FontFace& font, hb_blob_t* subset, int load_flags);

// A bare FreeType face over bytes in memory (which must outlive it), for reading metrics; nullptr when
// FreeType rejects the bytes. Faces of the one FreeType library are opened and closed under its lock.
struct FreeTypeFaceCloser {
  void operator()(::FT_FaceRec_* face) const;
};
using FreeTypeFacePtr = std::unique_ptr<::FT_FaceRec_, FreeTypeFaceCloser>;
FreeTypeFacePtr openMemoryFace(const char* data, size_t length);

}  // namespace banmian::exporter
