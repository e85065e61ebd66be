#!/usr/bin/env bash
# Installs what banmian needs, builds it, runs every test through CTest, then the hostile-input checks:
# the stage tests under ASan and UBSan and each fuzz harness for a bounded time (scripts/sanitize.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"
scripts/sanitize.sh
