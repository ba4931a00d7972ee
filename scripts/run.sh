#!/usr/bin/env bash
# Installs what is missing, builds instgraph in release mode, and runs its main job: the report on
# the bundled K-AI dataset, written to out/report.html. Arguments, if any, are passed to instgraph
# instead (e.g. `bash scripts/run.sh centrality --top 5`).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product instgraph >&2
instgraph="$(swift build -c release --show-bin-path)/instgraph"
if (($#)); then
    exec "$instgraph" "$@"
fi
mkdir -p out
"$instgraph" report -o out/report.html
echo "Open out/report.html in a browser (it needs no network). 'instgraph --help' lists every command; the binary is $instgraph" >&2
