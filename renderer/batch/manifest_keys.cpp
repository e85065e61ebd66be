// The manifest's key tables; a job and a matrix entry take the settings of `defaults:` and keys of their own.
#include "batch/manifest_keys.h"

namespace banmian::batch::keys {
namespace {

using load::KeySpec;
using load::MapSpec;
using namespace load::types;

std::vector<KeySpec> settingKeys() {
  return {
      optional("layout", text(), "Layout YAML, relative to the manifest."),
      optional("pdf", text(), "PDF to write; may quote {data.stem} and {layout.stem}."),
      optional("png", text(), "PNG per page: {page} counts from 1."),
      optional("svg", text(), "SVG per page, named like png."),
      optional("dpi", number(10, 1200), "PNG resolution (default 150)."),
      optional("strict", boolean(), "Warnings are errors."),
      optional("backend", enumOf(load::wordsOf(kBackendWords)), "native (banmian's own PDF writer, RGB, for screen; the default), cairo (the same through Cairo) or haru (CMYK print)."),
      optional("fonts", enumOf(load::wordsOf(kFontSetWords)), "The layout's screen fonts or its print-fonts."),
  };
}

MapSpec withSettings(std::string id, std::string description, std::vector<KeySpec> own) {
  MapSpec spec{std::move(id), std::move(description), std::move(own)};
  for (KeySpec& key : settingKeys()) spec.keys.push_back(std::move(key));
  return spec;
}

}  // namespace

const MapSpec& manifest() {
  static const MapSpec spec{
      "manifest",
      "A banmian batch manifest: jobs one by one, or a layout times the data files a glob matches.",
      {optional("defaults", map(defaults()), "Settings every job and matrix entry starts from."),
               optional("jobs", list(map(job())), "Jobs one by one."),
               optional("matrix", list(map(matrixEntry())), "One job per data file a glob matches.")}};
  return spec;
}

const MapSpec& defaults() {
  static const MapSpec spec = withSettings("defaults", "Settings jobs leave out.", {});
  return spec;
}

const MapSpec& job() {
  static const MapSpec spec = withSettings(
      "job", "One job: a layout, a data file and the outputs.",
      {optional("id", text(), "The job's id (default: its PDF's name as written)."),
       {"data", text(), true, "Data YAML, relative to the manifest."},
       optional("test-fault", enumOf(load::wordsOf(kTestFaultWords)),
                "For banmian's own tests only (needs BANMIAN_TEST_FAULTS=1).")});
  return spec;
}

const MapSpec& matrixEntry() {
  static const MapSpec spec = withSettings(
      "matrix-entry", "A layout times every data file a glob matches.",
      {{"data", text(), true, "A glob of data files, relative to the manifest: data/regions/*.yaml."}});
  return spec;
}

}  // namespace banmian::batch::keys
