#include "batch/job_record.h"

#include <sys/stat.h>

#include <filesystem>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "batch/sha256.h"
#include "batch/shard.h"
#include "export/atomic_file.h"
#include "batch/font_files.h"

namespace banmian::batch {
namespace {

namespace fs = std::filesystem;

// Font files are large and change only with a package update: their path, size and time stand for them.
std::string fontFileStamp(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return "missing";
  return fmt::format("{} {}.{}", info.st_size, info.st_mtim.tv_sec, info.st_mtim.tv_nsec);
}

std::string fileHash(const std::string& path) { return fileSha256Hex(path).value_or("missing"); }

bool hashesMatch(const YAML::Node& files, std::string (*hash)(const std::string&)) {
  if (!files.IsMap()) return false;
  for (const auto& entry : files)
    if (hash(entry.first.as<std::string>()) != entry.second.as<std::string>()) return false;
  return true;
}

YAML::Node readRecord(const std::string& path) {
  try {
    return YAML::LoadFile(path);
  } catch (const YAML::Exception&) {
    return {};  // no record, or one cut short: render again
  }
}

}  // namespace

std::string jobKey(const Job& job, const std::string& version) {
  const pipeline::RenderOptions& o = job.render;
  return fmt::format("banmian {}|layout {}|data {}|pdf {}|png {}|svg {}|dpi {}|strict {}|backend {}|fonts {}|"
                     "epoch {}",
                     version, o.layout, o.data, o.pdf, o.png, o.svg, o.dpi, o.strict, static_cast<int>(o.backend),
                     static_cast<int>(o.fonts), o.creation_time ? std::to_string(*o.creation_time) : "none");
}

std::string recordPath(const Job& job) {
  return (fs::path(job.render.pdf).parent_path() / ".banmian-batch" /
          fmt::format("{:016x}.yaml", stableJobHash(job.id))).string();
}

bool readUpToDate(const Job& job, const std::string& key, JobOutcome& outcome) {
  const YAML::Node record = readRecord(recordPath(job));
  try {
    if (!record.IsMap() || record["key"].as<std::string>("") != key) return false;
    if (!hashesMatch(record["inputs"], fileHash) || !hashesMatch(record["fonts"], fontFileStamp) ||
        !hashesMatch(record["outputs"], fileHash))
      return false;
    std::vector<OutputFile> outputs;
    for (const auto& entry : record["outputs"])
      outputs.push_back({entry.first.as<std::string>(), entry.second.as<std::string>()});
    if (outputs.empty() || outputs.front().path != job.render.pdf) return false;
    outcome.outputs = std::move(outputs);
    outcome.pages = record["pages"].as<size_t>();
    return true;
  } catch (const YAML::Exception&) {
    return false;
  }
}

void writeRecord(const Job& job, const std::string& key, JobOutcome& outcome) {
  YAML::Emitter out;
  out << YAML::BeginMap << YAML::Key << "job" << YAML::Value << job.id << YAML::Key << "key" << YAML::Value << key;
  out << YAML::Key << "pages" << YAML::Value << outcome.pages;
  out << YAML::Key << "inputs" << YAML::Value << YAML::BeginMap;
  for (const std::string& file : outcome.record.input_files) out << YAML::Key << file << YAML::Value << fileHash(file);
  out << YAML::EndMap << YAML::Key << "fonts" << YAML::Value << YAML::BeginMap;
  for (const std::string& file : fontFilesOf(outcome.record.font_families))
    out << YAML::Key << file << YAML::Value << fontFileStamp(file);
  out << YAML::EndMap << YAML::Key << "outputs" << YAML::Value << YAML::BeginMap;
  outcome.outputs.clear();
  for (const std::string& file : outcome.record.output_files) {
    outcome.outputs.push_back({file, fileHash(file)});
    out << YAML::Key << file << YAML::Value << outcome.outputs.back().sha256;
  }
  out << YAML::EndMap << YAML::EndMap;
  const std::string path = recordPath(job);
  fs::create_directories(fs::path(path).parent_path());
  exporter::writeFileAtomically(path, std::string(out.c_str()) + "\n");
}

}  // namespace banmian::batch
