#pragma once
// Internal to document_loader: the lists of a data file.
#include <filesystem>
#include <map>
#include <vector>

#include "base/diagnostics.h"
#include "load/model.h"
#include "load/yaml_value.h"

namespace banmian::load {

// Photo files are resolved against `base_dir` (the data file's folder) to absolute paths.
// Photo files must lie under `file_root` (see file_access.h).
// Each reader records a bad item's error in `sink` and goes on with the next (independent_parts.h).
std::vector<model::Photo> readPhotos(const YamlValue& value, const std::string& file_root, DiagnosticSink& sink);
std::vector<model::Metric> readMetrics(const YamlValue& value, DiagnosticSink& sink);
// `charts:`: the charts that stories anchor, by id.
std::map<std::string, model::FigureChart> readFigureCharts(const YamlValue& value, DiagnosticSink& sink);
// `tables:`: tables built from metrics, by id (document_tables.cpp); a bad table is recorded in `sink`.
std::map<std::string, model::TableSpec> readTables(const YamlValue& value, DiagnosticSink& sink);
// A chart with `table: ID` gets its series from that table's value columns.
void fillChartFromTable(model::ChartSpec& spec, const std::map<std::string, model::TableSpec>& tables);

}  // namespace banmian::load
