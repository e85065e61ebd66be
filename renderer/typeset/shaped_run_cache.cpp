#include "typeset/shaped_run_cache.h"

namespace banmian::typeset {

ShapedRunCache::Key ShapedRunCache::keyOf(const StyledRun& run, Language lang) {
  const FontSpec& f = run.font;
  return {run.text, f.families, f.weight, f.size, f.latin, f.latin_scale, lang};
}

const std::vector<ShapedCluster>* ShapedRunCache::find(const StyledRun& run, Language lang) const {
  auto found = runs_.find(keyOf(run, lang));
  return found == runs_.end() ? nullptr : &found->second;
}

const std::vector<ShapedCluster>& ShapedRunCache::store(const StyledRun& run, Language lang,
                                                        std::vector<ShapedCluster> clusters) {
  return runs_.insert_or_assign(keyOf(run, lang), std::move(clusters)).first->second;
}

}  // namespace banmian::typeset
