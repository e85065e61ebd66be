#pragma once
// The key tables of a data file (see key_spec.h).
#include "load/key_spec.h"

namespace banmian::load::keys {

const MapSpec& document();
const MapSpec& publication();
const MapSpec& storyFile();
const MapSpec& photo();
const MapSpec& figureChart();  // a chart's keys and the room a story gives it
const MapSpec& metric();
const MapSpec& table();     // a table of metrics (`tables:`)
const MapSpec& tableRow();

}  // namespace banmian::load::keys
