#pragma once
// The key tables of a batch manifest (see load/key_spec.h), and the words its settings take.
#include <string_view>
#include <utility>

#include "batch/manifest.h"
#include "load/key_spec.h"

namespace banmian::batch {

using ::banmian::kBackendWords;  // the public header's, which the command line uses too
using ::banmian::kFontSetWords;
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
