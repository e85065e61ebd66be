#pragma once
// The key tables of a batch manifest (see load/key_spec.h), and the words its settings take.
#include <string_view>
#include <utility>

#include "batch/manifest.h"
#include "load/key_spec.h"

namespace banmian::batch {

inline constexpr std::pair<std::string_view, cli::Backend> kBackendWords[] = {{"cairo", cli::Backend::Cairo},
                                                                             {"haru", cli::Backend::Haru}};
inline constexpr std::pair<std::string_view, cli::FontSet> kFontSetWords[] = {{"screen", cli::FontSet::Screen},
                                                                             {"print", cli::FontSet::Print}};
inline constexpr std::pair<std::string_view, TestFault> kTestFaultWords[] = {{"crash", TestFault::Crash},
                                                                            {"hang", TestFault::Hang}};

namespace keys {

const load::MapSpec& manifest();
// What a job, a matrix entry or `defaults:` may set.
const load::MapSpec& defaults();
const load::MapSpec& job();
const load::MapSpec& matrixEntry();

}  // namespace keys
}  // namespace banmian::batch
