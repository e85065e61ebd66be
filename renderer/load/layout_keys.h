#pragma once
// The key tables of a layout file, one per kind of map (see key_spec.h).
#include "load/key_spec.h"

namespace banmian::load::keys {

const MapSpec& layout();
const MapSpec& page();
const MapSpec& margins();
const MapSpec& grid();
const MapSpec& columnRule();
const MapSpec& fontRole();  // the map form of a role; a plain list of families is the other
ValueType fontRoleValue();
const MapSpec& paragraphStyle();
const MapSpec& characterStyle();
const MapSpec& markdown();
const MapSpec& frame();
const MapSpec& master();
const MapSpec& sequence();
const MapSpec& floats();
const MapSpec& wording();
const MapSpec& chart();
const MapSpec& chartDatum();  // the map form of a datum; a metric id is the other
const MapSpec& chartSeries();
const MapSpec& theme();
const MapSpec& themeFonts();
const MapSpec& themeSizes();
const MapSpec& cmykColor();

}  // namespace banmian::load::keys
