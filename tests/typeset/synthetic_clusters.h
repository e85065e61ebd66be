#pragma once
// Clusters without shaping: one per character, Han and full-width marks 1 em wide, others half.
#include <string>
#include <vector>

#include "base/utf8.h"
#include "typeset/char_class.h"
#include "typeset/shaped_text.h"

namespace banmian::typeset::testing {

inline std::vector<ShapedCluster> clustersOf(const std::string& text, double em = 9) {
  std::vector<ShapedCluster> out;
  for (char32_t c : utf8::decode(text)) {
    ShapedCluster cl;
    cl.text = utf8::encode(std::u32string(1, c));
    cl.first = cl.last = c;
    cl.size = cl.font_size = em;
    cl.advance = c < 0x2000 && c != U'—' ? em / 2 : em;
    out.push_back(cl);
  }
  return out;
}

inline std::string textOf(const std::vector<ShapedCluster>& clusters, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) out += clusters[i].text;
  return out;
}

}  // namespace banmian::typeset::testing
