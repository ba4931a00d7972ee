#!/usr/bin/env bash
# Regenerates the gallery in Examples/: every view of the bundled K-AI dataset as SVG and PNG in
# English and Korean, two views coloured by consortium and by community, and the K-AI report as
# HTML (both languages) and Markdown.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product instgraph >&2
instgraph="$(swift build -c release --show-bin-path)/instgraph"
cd Examples
mkdir -p gallery report
for view in bipartite institutions consortia; do
    for lang in en ko; do
        for format in svg png; do
            "$instgraph" render --view "$view" --lang "$lang" -o "gallery/$view-$lang.$format"
        done
    done
done
"$instgraph" render --view institutions --color-by consortium -o gallery/institutions-by-consortium-en.png
"$instgraph" render --color-by community --lang ko -o gallery/bipartite-by-community-ko.png
"$instgraph" report -o report/k-ai-report.html
"$instgraph" report --lang ko -o report/k-ai-report-ko.html
"$instgraph" report -o report/k-ai-report.md
