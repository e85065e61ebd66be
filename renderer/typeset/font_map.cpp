#include "typeset/font_map.h"

#include <pango/pangocairo.h>

namespace banmian::typeset {

FontMap::FontMap() : map_(pango_cairo_font_map_new()) {}

FontMap::~FontMap() { g_object_unref(map_); }

}  // namespace banmian::typeset
