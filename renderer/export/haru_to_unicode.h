#pragma once
// libharu 2.3 gives each UTF-8 font its *encoding* CMap as /ToUnicode: a `begincidrange` block, which is
// not allowed in a ToUnicode map (PDF 32000 §9.10.3 admits only bfchar and bfrange). Poppler warns on
// every read and a strict preflight rejects the file. With the UTF-8 encoder each character code is the
// character's UTF-16 code unit (BMP only; banmian refuses the rest), so the right map is the identity;
// this writes it as bfranges into the stream libharu created.
#include <hpdf.h>

namespace banmian::exporter {

// Replaces the contents of `font`'s /ToUnicode stream with the identity map over the BMP (without the
// surrogates). Returns false when the font has no such stream (the caller reports it).
bool writeIdentityToUnicode(HPDF_Font font);

}  // namespace banmian::exporter
