#include "batch/worker_protocol.h"

#include <yaml-cpp/yaml.h>

namespace banmian::batch {
namespace {

void emitList(YAML::Emitter& out, const char* key, const std::vector<std::string>& items) {
  out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
  for (const std::string& item : items) out << item;
  out << YAML::EndSeq;
}

std::vector<std::string> readList(const YAML::Node& node) {
  std::vector<std::string> items;
  for (const auto& item : node) items.push_back(item.as<std::string>());
  return items;
}

}  // namespace

std::string encodeOutcome(const JobOutcome& outcome) {
  YAML::Emitter out;
  out << YAML::BeginMap;
  out << YAML::Key << "ok" << YAML::Value << (outcome.status == JobStatus::Rendered);
  out << YAML::Key << "error" << YAML::Value << YAML::DoubleQuoted << outcome.error;
  out << YAML::Key << "pages" << YAML::Value << outcome.record.pages;
  emitList(out, "warnings", outcome.warnings);
  emitList(out, "notes", outcome.notes);
  emitList(out, "inputs", outcome.record.input_files);
  emitList(out, "fonts", outcome.record.font_families);
  emitList(out, "outputs", outcome.record.output_files);
  out << YAML::EndMap;
  return out.c_str();
}

JobOutcome decodeOutcome(const std::string& text, const Job& job) {
  const YAML::Node node = YAML::Load(text);
  JobOutcome outcome;
  outcome.job = &job;
  outcome.status = node["ok"].as<bool>() ? JobStatus::Rendered : JobStatus::Failed;
  outcome.error = node["error"].as<std::string>();
  outcome.record.pages = node["pages"].as<size_t>();
  outcome.pages = outcome.record.pages;
  outcome.warnings = readList(node["warnings"]);
  outcome.notes = readList(node["notes"]);
  outcome.record.input_files = readList(node["inputs"]);
  outcome.record.font_families = readList(node["fonts"]);
  outcome.record.output_files = readList(node["outputs"]);
  return outcome;
}

}  // namespace banmian::batch
