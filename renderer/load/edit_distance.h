#pragma once
// "Did you mean" suggestions for misspelt keys and names.
#include <string>
#include <string_view>
#include <vector>

namespace banmian::load {

// Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1.
int editDistance(std::string_view a, std::string_view b);

// "did you mean 'x'?" for the closest candidate within distance 2, or "" when none is that close: a
// diagnostic's hint.
std::string suggestion(std::string_view word, const std::vector<std::string>& candidates);
// The same as "; did you mean 'x'?", to append to a message.
std::string didYouMean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace banmian::load
