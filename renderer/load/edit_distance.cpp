#include "load/edit_distance.h"

#include <algorithm>

#include <fmt/format.h>

namespace banmian::load {

int editDistance(std::string_view a, std::string_view b) {
  const size_t rows = a.size() + 1, cols = b.size() + 1;
  std::vector<int> d(rows * cols);
  auto at = [&](size_t i, size_t j) -> int& { return d[i * cols + j]; };
  for (size_t i = 0; i < rows; ++i) at(i, 0) = static_cast<int>(i);
  for (size_t j = 0; j < cols; ++j) at(0, j) = static_cast<int>(j);
  for (size_t i = 1; i < rows; ++i) {
    for (size_t j = 1; j < cols; ++j) {
      const int substitution = a[i - 1] == b[j - 1] ? 0 : 1;
      at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + substitution});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
    }
  }
  return at(rows - 1, cols - 1);
}

std::string suggestion(std::string_view word, const std::vector<std::string>& candidates) {
  constexpr int kMaxDistance = 2;
  const std::string* best = nullptr;
  int best_distance = kMaxDistance + 1;
  for (const auto& candidate : candidates) {
    const int distance = editDistance(word, candidate);
    if (distance < best_distance) best = &candidate, best_distance = distance;
  }
  return best ? fmt::format("did you mean '{}'?", *best) : std::string();
}

std::string didYouMean(std::string_view word, const std::vector<std::string>& candidates) {
  const std::string hint = suggestion(word, candidates);
  return hint.empty() ? hint : "; " + hint;
}

}  // namespace banmian::load
