#!/usr/bin/env bash
# Installs every Debian 12 package banmian builds, runs or is tested with. Idempotent: when everything is
# present it neither updates nor installs anything.
set -euo pipefail

PACKAGES=(
  # toolchain; help2man writes the man page at build time
  g++ cmake make pkg-config help2man
  # libraries
  libyaml-cpp-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libpango1.0-dev libcairo2-dev libharfbuzz-dev libfontconfig-dev libfreetype-dev
  libjpeg-dev libpng-dev zlib1g-dev libdeflate-dev libhpdf-dev libssl-dev libfmt-dev libcli11-dev libgtest-dev libbenchmark-dev
  # fonts: song and hei (Noto CJK), kai and the TrueType print set (AR PL, WenQuanYi)
  fonts-noto-cjk fonts-arphic-gkai00mp fonts-arphic-gbsn00lp fonts-arphic-ukai fonts-arphic-uming fonts-wqy-zenhei
  # Hebrew and Arabic script (Uyghur) for the right-to-left tests
  fonts-dejavu-core
  # Latin for font roles' `latin:` (TeX Gyre Termes beside song, Pagella beside kai)
  fonts-texgyre
  fontconfig
  # checking PDFs: pdfcheck.py (needs Debian's python3 and PyMuPDF), qpdf, poppler, Ghostscript
  python3 python3-fitz qpdf poppler-utils ghostscript mupdf-tools
  # validating the examples against schema/*.schema.json (tests/schema/schema_test.py)
  python3-jsonschema
  # sanitizers and fuzzing (scripts/sanitize.sh): clang 14 with its libFuzzer and sanitizer runtimes
  clang libclang-rt-14-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# A warm font cache keeps the first render fast (cold: ~0.4 s once).
fc-cache -s >/dev/null 2>&1 || true
