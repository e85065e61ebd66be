#!/usr/bin/env bash
# Configures and builds banmian into build/ (optimised, with line tables for profilers and stack traces,
# warnings as errors). -g1 rather than -g: full debug info makes the build a good part slower, and CI runs
# it on every push within its 20 minutes; configure build/ yourself for a debugger's build.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" >/dev/null
cmake --build build -j"$(nproc)"
