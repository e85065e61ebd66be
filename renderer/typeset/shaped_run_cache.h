#pragma once
// What Pango made of each distinct run of one document. A run's shaping depends only on its text, its
// font and its language, and a document asks for the same runs again and again: a paragraph set at each
// measure it meets and again when columns are balanced, a label measured and then set, a head measured
// before it is fitted. Kept by the Shaper, so it lives as long as the document's Typesetter.
#include <compare>
#include <map>
#include <string>
#include <vector>

#include "typeset/shaped_text.h"
#include "typeset/styled_text.h"

namespace banmian::typeset {

class ShapedRunCache {
 public:
  // The clusters `run` became in `lang`, or nullptr when it has not been shaped yet. Their colour, rise,
  // emphasis and run index are those of the run first shaped: the caller gives them the run's own.
  const std::vector<ShapedCluster>* find(const StyledRun& run, Language lang) const;
  const std::vector<ShapedCluster>& store(const StyledRun& run, Language lang, std::vector<ShapedCluster> clusters);

 private:
  // Everything of a run that Pango sees.
  struct Key {
    std::string text;
    std::string families;
    int weight = 0;
    double size = 0;
    std::string latin;
    double latin_scale = 0;
    Language lang = Language::Hans;
    auto operator<=>(const Key&) const = default;
  };
  static Key keyOf(const StyledRun& run, Language lang);

  std::map<Key, std::vector<ShapedCluster>> runs_;
};

}  // namespace banmian::typeset
