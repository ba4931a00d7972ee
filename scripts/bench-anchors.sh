#!/usr/bin/env bash
# Times whole instgraph processes against the anchor libraries (NetworkX, igraph, NetworKit,
# rustworkx) on the same generated affiliation networks, in the same run, and prints the ratios
# instgraph ÷ anchor of issue 6's target table.
#
# Usage: bash scripts/bench-anchors.sh [--huge] [--skip-anchors]
#   --huge          also generate the huge network (300,000 consortia / 200,000 institutions) and time
#                   summary, shared, overlap and approximate betweenness on it
#   --skip-anchors  time instgraph only (the ratios need the anchors)
# Environment: BENCH_OUT (default: a new temporary folder) keeps the CSVs, timings and results;
# BENCHVENV (default: $BENCH_OUT/venv) is the Python environment of the anchors, made with pip
# when missing; SHARED_BENCH (default: ../shared/bench beside the repository) holds
# gen_affiliation.py and anchors.py; SCRATCH (default: .build) is the release build folder.
# Needs python3 with venv, and GNU time (/usr/bin/time; apt-get install time).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED_BENCH=${SHARED_BENCH:-$ROOT/../shared/bench}
SCRATCH=${SCRATCH:-.build}
HUGE=0
ANCHORS=1
for argument in "$@"; do
  case $argument in
    --huge) HUGE=1 ;;
    --skip-anchors) ANCHORS=0 ;;
    *) echo "usage: bash scripts/bench-anchors.sh [--huge] [--skip-anchors]" >&2; exit 64 ;;
  esac
done
[ -f "$SHARED_BENCH/gen_affiliation.py" ] || { echo "error: no $SHARED_BENCH/gen_affiliation.py; set SHARED_BENCH" >&2; exit 1; }
if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time" >&2
  apt-get install -y -qq time >/dev/null
fi
export BENCH_OUT=${BENCH_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/instgraph-anchors.XXXXXX")}
mkdir -p "$BENCH_OUT"
echo "results in $BENCH_OUT" >&2

echo "generating the networks" >&2
generate() { # NAME CONSORTIA INSTITUTIONS
  [ -s "$BENCH_OUT/$1.csv" ] || python3 "$SHARED_BENCH/gen_affiliation.py" --seed 1 --consortia "$2" --institutions "$3" --mean-size 6 "$BENCH_OUT/$1.csv"
}
generate medium 5000 8000
generate large 35000 30000
[ $HUGE = 1 ] && generate huge 300000 200000

echo "building instgraph (release)" >&2
(cd "$ROOT" && swift build -c release --scratch-path "$SCRATCH" --product instgraph >&2)
INSTGRAPH=$(cd "$ROOT" && swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/instgraph

# time_job LABEL REPEATS ARGUMENTS…: runs `instgraph ARGUMENTS…` REPEATS times as a whole process
# and appends one JSON line per run (wall seconds, peak RSS in KiB) to instgraph.jsonl.
time_job() {
  local label=$1 repeats=$2
  shift 2
  for _ in $(seq "$repeats"); do
    /usr/bin/time -f '%e %M' -o "$BENCH_OUT/time.txt" "$INSTGRAPH" "$@" >/dev/null
    read -r wall rss <"$BENCH_OUT/time.txt"
    printf '{"job": "%s", "wall": %s, "rss_kib": %s}\n' "$label" "$wall" "$rss" >>"$BENCH_OUT/instgraph.jsonl"
    echo "  $label: $wall s, $((rss / 1024)) MiB" >&2
  done
}

echo "timing instgraph" >&2
: >"$BENCH_OUT/instgraph.jsonl"
for size in medium large; do
  csv=$BENCH_OUT/$size.csv
  time_job "$size summary" 3 summary "$csv"
  time_job "$size degree (projection)" 3 centrality "$csv" --graph institutions --measures degree --top 10
  time_job "$size pagerank (projection)" 3 centrality "$csv" --graph institutions --measures pagerank --top 10
  time_job "$size closeness" 3 centrality "$csv" --measures closeness --top 10
done
time_job "medium betweenness" 3 centrality "$BENCH_OUT/medium.csv" --measures betweenness --top 10
time_job "large betweenness" 1 centrality "$BENCH_OUT/large.csv" --measures betweenness --top 10
if [ $HUGE = 1 ]; then
  csv=$BENCH_OUT/huge.csv
  time_job "huge summary" 1 summary "$csv"
  time_job "huge shared" 1 shared "$csv"
  time_job "huge overlap" 1 overlap "$csv" --top 20
  time_job "huge approximate betweenness" 1 centrality "$csv" --measures betweenness --approx 0.05 --top 10
fi

if [ $ANCHORS = 1 ]; then
  V=${BENCHVENV:-$BENCH_OUT/venv}
  if [ ! -x "$V/bin/python" ]; then
    echo "making the anchors' Python environment" >&2
    python3 -m venv "$V"
    "$V/bin/pip" install -q networkx igraph networkit rustworkx numpy scipy
  fi
  "$V/bin/python" -m pip list 2>/dev/null | grep -Ei '^(networkx|igraph|networkit|rustworkx) ' >"$BENCH_OUT/versions.txt" || true
  echo "timing the anchors" >&2
  "$V/bin/python" "$SHARED_BENCH/anchors.py" run "$BENCH_OUT/medium.csv" --label medium \
    --libs igraph,networkit-2t,rustworkx-2t >"$BENCH_OUT/medium-anchors.md"
  # Large: only what the table compares; closeness and betweenness there would take minutes.
  "$V/bin/python" "$SHARED_BENCH/anchors.py" run "$BENCH_OUT/large.csv" --label large \
    --libs igraph,networkit-2t --prev "$BENCH_OUT/medium.json" --budget 30 >"$BENCH_OUT/large-anchors.md"
fi

python3 - "$BENCH_OUT" <<'EOF'
"""Prints the ratio table from instgraph.jsonl and the anchors' medium.json and large.json."""
import json, os, statistics, sys

out = sys.argv[1]
runs = {}
for line in open(os.path.join(out, "instgraph.jsonl")):
    record = json.loads(line)
    runs.setdefault(record["job"], []).append(record)

def ours(job):
    return statistics.median(r["wall"] for r in runs[job]) if job in runs else None

def our_rss(*jobs):
    return max(r["rss_kib"] for job in jobs for r in runs.get(job, [])) / 1024

anchors = {}
for size in ("medium", "large"):
    path = os.path.join(out, size + ".json")
    if os.path.exists(path):
        anchors[size] = json.load(open(path))

def step(size, library, name):
    record = anchors.get(size, {}).get("libs", {}).get(library, {}).get(name)
    return statistics.median(record["times"]) if record and record.get("status") == "ok" else None

def whole(size, library, steps):
    """The anchor's process for one job: import, CSV parse + build, then its steps."""
    meta = anchors.get(size, {}).get("libs", {}).get(library, {}).get("_meta", {})
    parts = [meta.get("import_s"), step(size, library, "load+build")] + [step(size, library, s) for s in steps]
    return None if any(p is None for p in parts) else sum(parts)

def cell(x, digits=3):
    return "—" if x is None else ("%.*g" % (digits, x))

rows = []
def row(work, mine, anchor, ratio, target, limit):
    verdict = "" if ratio is None else ("met" if ratio <= limit else "missed")
    rows.append((work, cell(mine), anchor, cell(ratio, 2), target, verdict))

def compare(work, job, size, library, steps, limit):
    mine, theirs = ours(job), whole(size, library, steps)
    ratio = None if mine is None or theirs is None else mine / theirs
    alone = step(size, library, steps[-1])
    row(work, mine, "%s %s (%s s alone)" % (library, cell(theirs), cell(alone)), ratio, "≤ %g" % limit, limit)

compare("load CSV + two-mode graph + institutions projection + degree, large", "large degree (projection)", "large",
        "igraph", ["projection", "degree"], 0.2)
compare("exact betweenness, two-mode graph, medium", "medium betweenness", "medium", "igraph", ["betweenness"], 0.25)
compare("exact betweenness, two-mode graph, medium", "medium betweenness", "medium", "rustworkx-2t", ["betweenness"], 0.25)
compare("closeness, two-mode graph, medium", "medium closeness", "medium", "networkit-2t", ["closeness"], 0.5)
compare("PageRank on the weighted projection, large", "large pagerank (projection)", "large", "networkit-2t",
        ["projection", "pagerank (projection)"], 1.0)
igraph_kib = anchors.get("large", {}).get("libs", {}).get("igraph", {}).get("_meta", {}).get("rss_peak_kib_wait4")
igraph_mib = None if igraph_kib is None else igraph_kib / 1024
mine_mib = our_rss("large degree (projection)", "large pagerank (projection)")
row("peak memory (MiB), large, load + projection + centrality", mine_mib, "igraph %s" % cell(igraph_mib),
    None if igraph_mib is None else mine_mib / igraph_mib, "≤ 0.5", 0.5)
large = ours("large betweenness")
rows.append(("exact betweenness, two-mode graph, large", cell(large), "igraph ≈ 525 (not run)", "—", "≤ 60 s",
             "" if large is None else ("met" if large <= 60 else "missed")))
for job in ("huge summary", "huge shared", "huge overlap", "huge approximate betweenness"):
    if job in runs:
        mib = our_rss(job)
        rows.append(("%s (peak %.0f MiB)" % (job, mib), cell(ours(job)), "—", "—", "≤ 5 s, ≤ 1 GiB",
                     "met" if ours(job) <= 5 and mib <= 1024 else "missed"))

print("| work | instgraph (s) | anchor, whole process (s) | ratio | target | |")
print("|---|---|---|---|---|---|")
for row in rows:
    print("| " + " | ".join(row) + " |")
print()
print("instgraph, other jobs (median wall s, peak MiB):")
for job, records in runs.items():
    print("  %-32s %8.3f s %6.0f MiB" % (job, ours(job), our_rss(job)))
EOF
