#pragma once
// Tables and the metrics they show. A data file's table of metrics becomes the three-line table compose
// sets: the header names each value column with its unit (增加值（亿元）), or the table says the one unit they
// share (单位：亿元); every cell is the metric as the one number formatter writes it, an empty cell is "". One column holds one unit, and the series of one table
// share their periods: anything else is a located error at the offending reference.
#include "load/model.h"
#include "resolve/metric_table.h"

namespace banmian::resolve {

model::Table bindTableSpec(const model::TableSpec& spec, const MetricTable& metrics);

// A story's GFM table before binding: the metrics its numeric cells quote ({{id}}) share a unit in each
// column; a cell that differs is an error at its row.
void checkColumnUnits(const model::Table& table, const MetricTable& metrics);

}  // namespace banmian::resolve
