#!/usr/bin/env bash
# Installs the built tree into a temporary prefix and builds a program against it twice: with CMake's
# find_package(banmian) and with `pkg-config --cflags --libs banmian`. Each renders the Liling page
# into memory and checks the bytes are a PDF. Also checks the installed command and man page run, and
# that libbanmian exports no stage's symbols.
#   install_test.sh BUILD_DIR SOURCE_DIR LIBDIR MAN_PAGE(0|1)
set -euo pipefail
build=$1 source=$2 libdir=$3 man_page=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
layout=$source/layouts/broadsheet-feature.yaml
data=$source/data/liling-2020h1.yaml

cmake --install "$build" --prefix "$prefix" >/dev/null
for f in include/banmian/banmian.h "$libdir/cmake/banmian/banmianConfig.cmake" \
         "$libdir/cmake/banmian/banmianConfigVersion.cmake" "$libdir/pkgconfig/banmian.pc" bin/banmian; do
  [ -e "$prefix/$f" ] || { echo "not installed: $f" >&2; exit 1; }
done
"$prefix/bin/banmian" --version | grep -q '^banmian '
if [ "$man_page" = 1 ]; then
  for section in RENDER BATCH FONTS; do  # each subcommand's --help, with its options
    grep -q "^\.SH \"BANMIAN $section\"" "$prefix/share/man/man1/banmian.1" ||
      { echo "the installed man page lacks the section BANMIAN $section" >&2; exit 1; }
  done
  grep -q -- '--backend' "$prefix/share/man/man1/banmian.1"
fi
leaked=$(nm -DC --defined-only "$prefix/$libdir/libbanmian.so" |
         grep -E 'banmian::(load|resolve|typeset|chart|compose|exporter|display|pipeline|batch|library)::' || true)
[ -z "$leaked" ] || { echo "libbanmian exports internal symbols:" >&2; echo "$leaked" | head >&2; exit 1; }

echo "find_package(banmian):"
cmake -S "$source/tests/install/consumer" -B "$tmp/cmake-consumer" -DCMAKE_PREFIX_PATH="$prefix" \
  -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$tmp/cmake-consumer" >/dev/null
"$tmp/cmake-consumer/consumer" "$layout" "$data"

echo "pkg-config banmian:"
export PKG_CONFIG_PATH=$prefix/$libdir/pkgconfig
[ "$(pkg-config --modversion banmian)" = "$(sed -n 's/^Version: //p' "$PKG_CONFIG_PATH/banmian.pc")" ]
# shellcheck disable=SC2046 # the flags are words
c++ -std=c++17 -o "$tmp/pkg-config-consumer" "$source/tests/install/consumer/consumer.cpp" \
  $(pkg-config --cflags --libs banmian)
LD_LIBRARY_PATH=$prefix/$libdir "$tmp/pkg-config-consumer" "$layout" "$data"
