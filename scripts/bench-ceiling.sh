#!/usr/bin/env bash
# One machine's ceiling: generates ten times the huge network (3,000,000 consortia, 2,000,000
# institutions, about 18M memberships, 741 MB of CSV), times instgraph's questions on it one after
# another (release build, whole process, /usr/bin/time) and prints wall time, peak memory and peak
# bytes per membership, with the largest input that fits in this machine's memory at that rate.
#
# Usage: bash scripts/bench-ceiling.sh [SCALE]
#   SCALE   multiplies the huge network's consortia and institutions (default 10).
# Environment: BENCH_OUT (default: a new temporary folder) keeps the CSV and the timings; a CSV
# already there is reused. SCRATCH is the build folder (default .build-release; the binary is linked with
# --static-swift-stdlib, as scripts/release.sh ships it).
# The table's labels are Markdown, their backquotes meant literally.
# shellcheck disable=SC2016
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SCALE=${1:-10}
[[ $SCALE =~ ^[1-9][0-9]*$ ]] || { echo "usage: bash scripts/bench-ceiling.sh [SCALE]" >&2; exit 64; }
SCRATCH=${SCRATCH:-.build-release}
export BENCH_OUT=${BENCH_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/instgraph-ceiling.XXXXXX")}
mkdir -p "$BENCH_OUT"
[ -x /usr/bin/time ] || apt-get install -y -qq time >/dev/null

csv=$BENCH_OUT/x$SCALE.csv
if [ ! -s "$csv" ]; then
  echo "generating $csv" >&2
  python3 "$ROOT/scripts/make-affiliation-network.py" --seed 1 --consortia $((300000 * SCALE)) \
    --institutions $((200000 * SCALE)) --mean-size 6 -o "$csv.partial" >&2
  mv "$csv.partial" "$csv"
fi
memberships=$(($(wc -l <"$csv") - 1))

(cd "$ROOT" && swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --product instgraph >&2)
instgraph=$(cd "$ROOT" && swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --show-bin-path)/instgraph
memory_kib=$(awk '/MemTotal/ { print $2 }' /proc/meminfo)

printf '%d memberships, %d MB of CSV, %d GiB of memory\n\n' "$memberships" $(($(stat -c %s "$csv") / 1000000)) \
  $((memory_kib / 1048576))
echo "| job | wall | peak memory | bytes per membership | largest input at that rate |"
echo "|---|---:|---:|---:|---:|"
run() { # LABEL ARGUMENTS…
  local label=$1
  shift
  /usr/bin/time -f '%e %M' -o "$BENCH_OUT/time.txt" "$instgraph" "$@" "$csv" >/dev/null
  read -r wall rss <"$BENCH_OUT/time.txt"
  awk -v label="$label" -v wall="$wall" -v rss="$rss" -v m="$memberships" -v total="$memory_kib" 'BEGIN {
    per = rss * 1024 / m
    printf "| %s | %.1f s | %.2f GiB | %.0f | %.0fM memberships |\n", label, wall, rss / 1048576, per, total * 1024 / per / 1e6
  }'
}
run '`summary`' summary
run '`shared`' shared
run '`overlap --top 20`' overlap --top 20
run '`centrality --graph bipartite --measures degree,pagerank`' centrality --graph bipartite --measures degree,pagerank --top 10
run '`centrality --measures betweenness --approx 0.05`' centrality --measures betweenness --approx 0.05 --top 10
