#pragma once
// The font files behind the families a render resolved, so that a font update counts as a changed input.
#include <string>
#include <vector>

namespace banmian::batch {

// `families` as pipeline::RenderRecord holds them ("role=Family A,Family B"); the files fontconfig has for each
// family, sorted, without repeats.
std::vector<std::string> fontFilesOf(const std::vector<std::string>& families);

}  // namespace banmian::batch
