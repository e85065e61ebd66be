#include "batch/manifest.h"

#include <glob.h>

#include <cstdlib>
#include <filesystem>
#include <map>

#include <fmt/format.h>

#include "base/diagnostics.h"
#include "batch/manifest_keys.h"
#include "load/yaml_file.h"
#include "load/yaml_map_reader.h"
#include "load/yaml_value.h"

namespace banmian::batch {
namespace {

namespace fs = std::filesystem;
using load::MapReader;
using load::YamlValue;

// What a job, the matrix entry it comes from, or `defaults:` may set (the keys of the defaults' table); unset keys
// fall back a level.
std::vector<std::string> settingKeys() { return keys::defaults().names(); }

struct Settings {
  std::map<std::string, YamlValue> values;  // by key, the innermost level's value

  void readFrom(const MapReader& map) {
    for (const std::string& key : settingKeys())
      if (auto value = map.optional(key)) {
        // Not assignment: assigning a YAML::Node overwrites the node it refers to, here the outer level's.
        values.erase(key);
        values.emplace(key, *value);
      }
  }
  const YamlValue* find(const std::string& key) const {
    auto it = values.find(key);
    return it == values.end() ? nullptr : &it->second;
  }
};

// Paths in a manifest are relative to its folder, as paths in a layout are to the layout's.
std::string underManifest(const std::string& manifest, const std::string& path) {
  if (path.empty() || fs::path(path).is_absolute()) return path;
  return (fs::path(manifest).parent_path() / path).lexically_normal().string();
}

std::string expand(std::string pattern, const std::map<std::string, std::string>& names) {
  for (const auto& [name, value] : names)
    for (size_t at; (at = pattern.find("{" + name + "}")) != std::string::npos;)
      pattern.replace(at, name.size() + 2, value);
  return pattern;
}

void applyRenderSettings(const Settings& settings, pipeline::RenderOptions& o) {
  if (auto v = settings.find("dpi")) {
    o.dpi = load::asNumber(*v);
    if (o.dpi < 10 || o.dpi > 1200) v->fail(fmt::format("'dpi' must be between 10 and 1200, not {}", o.dpi));
  }
  if (auto v = settings.find("strict")) o.strict = load::asBool(*v);
  if (auto v = settings.find("backend"))
    o.backend = load::asEnum(*v, kBackendWords);
  if (auto v = settings.find("fonts"))
    o.fonts = load::asEnum(*v, kFontSetWords);
}

std::string requiredPath(const Settings& settings, const std::string& key, const SourceLocation& entry,
                         const std::string& manifest) {
  const YamlValue* value = settings.find(key);
  if (!value) throw InputError(entry, fmt::format("the job has no '{}' (nor do the defaults)", key));
  return underManifest(manifest, load::asString(*value));
}

// One job from its settings; `data` is the data file already found, output names are patterns.
Job makeJob(const Settings& settings, const std::string& data, const SourceLocation& entry,
            const std::string& manifest) {
  Job job;
  job.where = entry;
  pipeline::RenderOptions& o = job.render;
  o.layout = requiredPath(settings, "layout", entry, manifest);
  o.data = data;
  const std::map<std::string, std::string> names = {{"data.stem", fs::path(data).stem().string()},
                                                    {"layout.stem", fs::path(o.layout).stem().string()}};
  o.pdf = expand(requiredPath(settings, "pdf", entry, manifest), names);
  if (settings.find("png")) o.png = expand(requiredPath(settings, "png", entry, manifest), names);
  if (settings.find("svg")) o.svg = expand(requiredPath(settings, "svg", entry, manifest), names);
  applyRenderSettings(settings, o);
  // Relative to the manifest, so that the id (and the job's shard) does not depend on where banmian runs.
  job.id = expand(load::asString(*settings.find("pdf")), names);
  return job;
}

TestFault readFault(const MapReader& map) {
  auto value = map.optional("test-fault");
  if (!value) return TestFault::None;
  const char* enabled = std::getenv("BANMIAN_TEST_FAULTS");
  if (!enabled || std::string(enabled) != "1")
    value->fail("'test-fault' is for banmian's own tests (set BANMIAN_TEST_FAULTS=1)");
  return load::asEnum(*value, kTestFaultWords);
}

Job readJob(const YamlValue& entry, const Settings& defaults, const std::string& manifest) {
  MapReader map(entry, "job", keys::job());
  Settings settings = defaults;
  settings.readFrom(map);
  Job job = makeJob(settings, underManifest(manifest, load::asString(map.required("data"))), map.where(), manifest);
  if (auto id = map.optional("id")) job.id = load::asString(*id);
  job.fault = readFault(map);
  return job;
}

std::vector<std::string> globSorted(const YamlValue& pattern_value, const std::string& pattern) {
  glob_t found{};
  const int status = ::glob(pattern.c_str(), 0, nullptr, &found);
  std::vector<std::string> files(found.gl_pathv, found.gl_pathv + found.gl_pathc);
  ::globfree(&found);
  if (status != 0 || files.empty()) pattern_value.fail(fmt::format("'data' matches no file: {}", pattern));
  return files;  // glob(3) sorts its matches
}

void readMatrix(const YamlValue& entry, const Settings& defaults, const std::string& manifest,
                std::vector<Job>& jobs) {
  MapReader map(entry, "matrix entry", keys::matrixEntry());
  Settings settings = defaults;
  settings.readFrom(map);
  const YamlValue pattern = map.required("data");
  for (const std::string& data : globSorted(pattern, underManifest(manifest, load::asString(pattern))))
    jobs.push_back(makeJob(settings, data, map.where(), manifest));
}

void checkUnique(const std::vector<Job>& jobs) {
  std::map<std::string, const Job*> ids, outputs;
  for (const Job& job : jobs) {
    if (auto [it, fresh] = ids.emplace(job.id, &job); !fresh)
      throw InputError(job.where, fmt::format("two jobs have the id '{}' (the other is at {})", job.id,
                                              it->second->where.str()));
    if (auto [it, fresh] = outputs.emplace(job.render.pdf, &job); !fresh)
      throw InputError(job.where, fmt::format("two jobs write {} (the other is at {})", job.render.pdf,
                                              it->second->where.str()));
  }
}

}  // namespace

Manifest loadManifest(const std::string& path) {
  const load::YamlFile file = load::YamlFile::load(path);
  const YamlValue root = file.root();
  MapReader top(root, "manifest", keys::manifest());
  Settings defaults;
  if (auto value = top.optional("defaults")) defaults.readFrom(MapReader(*value, "defaults", keys::defaults()));
  Manifest manifest{path, {}};
  if (auto list = top.optional("jobs"))
    for (const YamlValue& entry : load::asList(*list)) manifest.jobs.push_back(readJob(entry, defaults, path));
  if (auto list = top.optional("matrix"))
    for (const YamlValue& entry : load::asList(*list)) readMatrix(entry, defaults, path, manifest.jobs);
  if (manifest.jobs.empty()) throw InputError(top.where(), "the manifest lists no jobs ('jobs:' or 'matrix:')");
  checkUnique(manifest.jobs);
  return manifest;
}

}  // namespace banmian::batch
