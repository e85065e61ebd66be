#!/usr/bin/env bash
# Installs what banmian needs, builds it, and renders the Liling page into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
mkdir -p out
# Reproducible output: the date in the PDF is the last commit's, unless the caller sets one.
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}"
build/renderer/cli/banmian render layouts/broadsheet-feature.yaml data/liling-2020h1.yaml \
  -o out/liling-2020h1.pdf --png out/liling-2020h1.png --dpi 100
# The print edition: libharu, CMYK, body text on the black plate only, the layout's TrueType print-fonts.
build/renderer/cli/banmian render layouts/broadsheet-feature.yaml data/liling-2020h1.yaml \
  --backend haru -o out/liling-2020h1-print.pdf
# The A4 statistics bulletin: a first page and as many following pages as its story needs, a PNG per page.
build/renderer/cli/banmian render layouts/a4-bulletin.yaml data/qinglan-2026q3.yaml \
  -o out/a4-bulletin.pdf --png 'out/a4-bulletin-{page}.png' --dpi 100
ls -l out/
if [ -f ../shared/tools/pdfcheck.py ]; then
  for pdf in out/liling-2020h1.pdf out/liling-2020h1-print.pdf; do
    /usr/bin/python3 ../shared/tools/pdfcheck.py --quiet "$pdf" \
      --source ../shared/seed/liling-2020h1-article.txt || true
  done
  # The bulletin's story as it reads on the page: bindings and figure links are markup, not text; tables
  # float out of the text's order (the tests check them cell by cell).
  sed 's/{{[^}]*}}//g; s/](\(chart\|photo\|table\):[^)]*)/]/g; /^|/d; /^表：/d; /^单位：/d; /^注：/d' data/qinglan-2026q3.md \
    > out/a4-bulletin-source.txt
  /usr/bin/python3 ../shared/tools/pdfcheck.py --quiet out/a4-bulletin.pdf --source out/a4-bulletin-source.txt || true
fi
