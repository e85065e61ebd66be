#!/usr/bin/env bash
# Plants the deliberate bugs of tests/mutations/*.mutation one at a time in a scratch copy of this checkout,
# builds it and runs the whole suite. A mutation the suite does not notice "survives": some rule that
# matters is then untested. Not part of CI (it builds once per mutation); run it before closing an issue
# that touches a rule.
#
#   scripts/mutation-check.sh [tests/mutations/NAME.mutation ...]    (default: all of them)
#
# A mutation file names one source file, an exact one-line snippet that must occur in it exactly once, and
# its replacement (lines starting with # are comments):
#   file: renderer/chart/bar_chart.cpp
#   find: for (size_t k = 0; k < bars_.size(); ++k) {
#   replace: for (size_t k = 0; k + 1 < bars_.size(); ++k) {
# When others have edited the code so that the snippet is gone (or no longer unique), the script says
# "mutation NAME no longer applies" and fails: rewrite that mutation for the new code.
#
# The scratch copy ($BANMIAN_MUTATION_DIR, default build-mutation/ in the checkout) keeps its build between
# runs, and ccache serves the recompiles, so only the mutated file and the links are rebuilt.
# Exit status: 0 every mutation caught; 1 some survived; 2 some no longer apply or do not compile, or the
# suite fails without any mutation.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${BANMIAN_MUTATION_DIR:-$root/build-mutation}"
src="$scratch/src"
jobs="${BANMIAN_MUTATION_JOBS:-1}"
# The scratch tree lives at another path; relative paths and no CWD in the hash let ccache reuse objects.
export CCACHE_BASEDIR="$scratch" CCACHE_NOHASHDIR=1

mutations=("$@")
if [ ${#mutations[@]} -eq 0 ]; then mutations=("$root"/tests/mutations/*.mutation); fi

field() { sed -n "s/^$1: //p" "$2"; }

# Copies the checkout's files (committed or not, minus ignored ones) into the scratch tree, touching only
# files whose content differs so that make rebuilds only what changed.
sync_tree() {
  mkdir -p "$src"
  (cd "$root" && git ls-files -z --cached --others --exclude-standard) |
    while IFS= read -r -d '' f; do
      [ -f "$root/$f" ] || continue
      if ! cmp -s "$root/$f" "$src/$f"; then
        mkdir -p "$(dirname "$src/$f")"
        cp "$root/$f" "$src/$f"  # a new mtime, so make rebuilds it
      fi
    done
}

build() {
  nice cmake -S "$src" -B "$src/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >"$scratch/configure.log" 2>&1 &&
    nice cmake --build "$src/build" -j"$jobs" >"$scratch/build.log" 2>&1
}

# Runs the suite, stopping at the first failure; prints the failing test's name, if any.
run_suite() {
  if nice ctest --test-dir "$src/build" -j"$jobs" --stop-on-failure --timeout 600 >"$scratch/ctest.log" 2>&1; then
    return 0
  fi
  grep -E '\*\*\*Failed|\*\*\*Exception|\*\*\*Timeout|Not Run' "$scratch/ctest.log" | head -1 |
    sed -E 's/^ *[0-9]+\/[0-9]+ Test +#[0-9]+: ([^ ]+).*/\1/'
  return 1
}

# Applies (or, with "revert", takes back) a mutation in the scratch tree; fails when the snippet is not
# there exactly once.
apply() {
  local file find replace
  file="$(field file "$1")" find="$(field find "$1")" replace="$(field replace "$1")"
  [ -n "$file" ] && [ -n "$find" ] && [ -n "$replace" ] || { echo "no file:, find: or replace: line"; return 1; }
  [ -f "$src/$file" ] || { echo "$file does not exist"; return 1; }
  FIND="$find" REPLACE="$replace" /usr/bin/python3 - "$src/$file" <<'EOF'
import os, sys
path = sys.argv[1]
find, replace = os.environ["FIND"], os.environ["REPLACE"]
text = open(path, encoding="utf-8").read()
count = text.count(find)
if count != 1:
    print(f"the snippet occurs {count} times in {path}, not once")
    sys.exit(1)
open(path, "w", encoding="utf-8").write(text.replace(find, replace))
EOF
}

# Copied without -p: the restored file must be newer than the object built from the mutated one.
restore() { cp "$root/$(field file "$1")" "$src/$(field file "$1")"; }

echo "scratch copy: $src"
sync_tree
# A run that was interrupted may have left objects built from mutated files: rebuild every file a mutation
# touches (ccache serves them).
for m in "$root"/tests/mutations/*.mutation; do
  f="$src/$(field file "$m")"
  if [ -f "$f" ]; then touch "$f"; fi
done
# The end-to-end tests find the PDF checker in ../shared/tools beside the checkout.
if [ -d "$root/../shared" ]; then ln -sfn "$root/../shared" "$scratch/shared"; fi
if ! build; then
  echo "the unmutated tree does not build: see $scratch/build.log"
  exit 2
fi
if failed="$(run_suite)"; then :; else
  echo "the suite fails without any mutation ($failed): see $scratch/ctest.log"
  exit 2
fi

survivors=() broken=()
for m in "${mutations[@]}"; do
  name="$(basename "$m" .mutation)"
  if ! why="$(apply "$m")"; then
    echo "BROKEN   $name: mutation $name no longer applies: $why"
    broken+=("$name")
    continue
  fi
  start=$SECONDS
  if ! build; then
    echo "BROKEN   $name: the mutated tree does not compile (see $scratch/build.log)"
    broken+=("$name")
    cp "$scratch/build.log" "$scratch/$name.build.log"
  elif failed="$(run_suite)"; then
    echo "SURVIVED $name: every test passes with it ($((SECONDS - start)) s)"
    survivors+=("$name")
  else
    echo "killed   $name by ${failed:-a failing test} ($((SECONDS - start)) s)"
  fi
  restore "$m"
done
# Leave the scratch build matching the checkout again.
build || true

echo "${#mutations[@]} mutations: ${#survivors[@]} survived, ${#broken[@]} did not apply or compile"
[ ${#broken[@]} -eq 0 ] || exit 2
[ ${#survivors[@]} -eq 0 ] || exit 1
