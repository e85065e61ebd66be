#pragma once
// Internal to document_loader: the lists of a data file.
#include <filesystem>
#include <map>
#include <vector>

#include "load/model.h"
#include "load/yaml_value.h"

namespace banmian::load {

// Photo files are resolved against `base_dir` (the data file's folder) to absolute paths.
// Photo files must lie under `file_root` (see file_access.h).
std::vector<model::Photo> readPhotos(const YamlValue& value, const std::string& file_root);
std::vector<model::Metric> readMetrics(const YamlValue& value);
// `charts:`: the charts that stories anchor, by id.
std::map<std::string, model::FigureChart> readFigureCharts(const YamlValue& value);
// `tables:`: tables built from metrics, by id (document_tables.cpp).
std::map<std::string, model::TableSpec> readTables(const YamlValue& value);
// A chart with `table: ID` gets its series from that table's value columns.
void fillChartFromTable(model::ChartSpec& spec, const std::map<std::string, model::TableSpec>& tables);

}  // namespace banmian::load
