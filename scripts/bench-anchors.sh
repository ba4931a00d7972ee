#!/usr/bin/env bash
# Times whole instgraph processes against the anchor libraries (NetworkX, igraph, NetworKit,
# rustworkx, DuckDB) on the same generated affiliation networks, in the same run, and prints the
# ratios instgraph ÷ anchor of the performance targets, the report's among them.
#
# Usage: bash scripts/bench-anchors.sh [--huge] [--skip-anchors] [--only REGEX]
#   --huge          also generate the huge network (300,000 consortia / 200,000 institutions) and time
#                   summary, shared, overlap, approximate betweenness, closeness (exact and
#                   approximate) and report on it
#   --skip-anchors  time instgraph only (the ratios need the anchors)
#   --only REGEX    only the instgraph jobs whose label matches REGEX (grep -E), e.g. 'report',
#                   'large', 'medium (summary|closeness)', and only the anchors they are compared with
# The networks are made by scripts/make-affiliation-network.py (seed 1, mean size 6): medium (5,000
# consortia, 8,000 institutions), large (35,000 / 30,000), huge (300,000 / 200,000); the anchors are
# timed by scripts/anchors.py: their steps inside one process per library (`anchors.py run`), and the
# report's anchor — igraph reading the CSV, building the two-mode graph and projecting it onto the
# institutions — and DuckDB's queries for summary, shared and overlap (2 threads, the SQL a user
# would write over the CSV) as whole processes with /usr/bin/time, like instgraph (`anchors.py job`;
# DuckDB's self-join is stopped after DUCKDB_TIMEOUT seconds, default 600, and counted as that).
# A job compared with such a whole-process anchor is timed alternately with it, one run of each in
# turn, so that both see the machine as it is that minute (on a shared VM the same binary's time
# drifts by a third over minutes, and timing all of instgraph first decided ratios near 1).
# Environment: BENCH_OUT (default: a new temporary folder) keeps the CSVs, timings, reports and
# results; BENCHVENV (default: $BENCH_OUT/venv) is the Python environment of the anchors, made with
# pip when python3 lacks them; SCRATCH (default: .build-release) is the folder of the release build, linked with
# --static-swift-stdlib as scripts/release.sh links the binary it ships (start-up 10-15 ms shorter).
# Needs python3 with venv, and GNU time (/usr/bin/time; apt-get install time).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# $EPOCHREALTIME and awk write seconds with a point whatever the user's locale.
export LC_NUMERIC=C
SCRATCH=${SCRATCH:-.build-release}
HUGE=0
ANCHORS=1
ONLY=
usage() { echo "usage: bash scripts/bench-anchors.sh [--huge] [--skip-anchors] [--only REGEX]" >&2; exit 64; }
while (($#)); do
  case $1 in
    --huge) HUGE=1 ;;
    --skip-anchors) ANCHORS=0 ;;
    --only) (($# > 1)) || usage; ONLY=$2; shift ;;
    --only=*) ONLY=${1#--only=} ;;
    *) usage ;;
  esac
  shift
done
if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time" >&2
  apt-get install -y -qq time >/dev/null
fi
export BENCH_OUT=${BENCH_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/instgraph-anchors.XXXXXX")}
mkdir -p "$BENCH_OUT"
echo "results in $BENCH_OUT" >&2

echo "generating the networks" >&2
generate() { # NAME CONSORTIA INSTITUTIONS
  python3 "$ROOT/scripts/make-affiliation-network.py" --seed 1 --consortia "$2" --institutions "$3" --mean-size 6 \
    -o "$BENCH_OUT/$1.csv"
}
generate medium 5000 8000
generate large 35000 30000
[ $HUGE = 1 ] && generate huge 300000 200000

echo "building instgraph (release)" >&2
(cd "$ROOT" && swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --product instgraph >&2)
INSTGRAPH=$(cd "$ROOT" && swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --show-bin-path)/instgraph

# wanted LABEL: whether --only selects the job LABEL.
wanted() { [ -z "$ONLY" ] || grep -Eq -- "$ONLY" <<<"$1"; }

# time_process FILE LABEL REPEATS COMMAND…: runs COMMAND REPEATS times as a whole process and
# appends one JSON line per run (wall seconds, peak RSS in KiB, and whether it was stopped: an
# anchor killed by its timeout) to FILE. A command of instgraph's that fails stops the script.
time_process() {
  local file=$1 label=$2 repeats=$3 status
  shift 3
  for _ in $(seq "$repeats"); do
    status=0
    # Wall time to the millisecond from the shell's clock (GNU time's %e has hundredths: 0.11 s
    # against a 0.55 s anchor is a ratio known only to ±0.02); peak RSS from GNU time.
    local started=$EPOCHREALTIME
    /usr/bin/time -f '%M' -o "$BENCH_OUT/time.txt" "$@" >/dev/null || status=$?
    local ended=$EPOCHREALTIME
    [ $status = 0 ] || [ "$1" = timeout ] || exit $status
    read -r rss < <(tail -n 1 "$BENCH_OUT/time.txt")
    wall=$(awk -v a="$started" -v b="$ended" 'BEGIN { printf "%.3f", b - a }')
    printf '{"job": "%s", "wall": %s, "rss_kib": %s, "stopped": %s}\n' "$label" "$wall" "$rss" \
      "$([ $status = 0 ] && echo false || echo true)" >>"$file"
    echo "  $label: $wall s, $((rss / 1024)) MiB$([ $status = 0 ] || echo ' (stopped: its timeout or its memory cap)')" >&2
  done
}

# time_job LABEL REPEATS ARGUMENTS…: `instgraph ARGUMENTS…`, when --only selects LABEL, into
# instgraph.jsonl.
time_job() {
  local label=$1 repeats=$2
  shift 2
  wanted "$label" || return 0
  time_process "$BENCH_OUT/instgraph.jsonl" "$label" "$repeats" "$INSTGRAPH" "$@"
}

# time_report SIZE REPEATS: `instgraph report SIZE.csv -o report-SIZE.html`, and the size of the
# page and of the downloads written beside it, into reports.jsonl.
time_report() {
  local size=$1 label="$1 report"
  wanted "$label" || return 0
  rm -f "$BENCH_OUT/report-$size".* "$BENCH_OUT/report-$size"-*
  time_job "$label" "$2" report "$BENCH_OUT/$size.csv" -o "$BENCH_OUT/report-$size.html"
  local html beside files
  html=$(stat -c %s "$BENCH_OUT/report-$size.html")
  beside=$(find "$BENCH_OUT" -maxdepth 1 -name "report-$size-*" -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
  files=$(find "$BENCH_OUT" -maxdepth 1 -name "report-$size-*" | wc -l)
  printf '{"job": "%s", "html_bytes": %s, "beside_bytes": %s, "beside_files": %s}\n' "$label" "$html" "$beside" "$files" \
    >>"$BENCH_OUT/reports.jsonl"
  echo "  $label: page $((html / 1024)) KiB, $files downloads beside it ($((beside / 1024)) KiB)" >&2
}

# alternate LABEL REPEATS ANCHOR_LABEL ANCHOR_COMMAND… -- INSTGRAPH_TIMING…: when --only selects
# LABEL, runs one instgraph run (INSTGRAPH_TIMING, a time_job or time_report call with one repeat)
# and then one run of the anchor, REPEATS times in turn; the anchor only with the anchors. After
# each DuckDB run, what it spilled (anchors.py puts it beside the CSV) is removed: a job it stopped
# cannot remove it.
alternate() {
  local label=$1 repeats=$2 anchor_label=$3 anchor=()
  shift 3
  while [ "$1" != -- ]; do anchor+=("$1"); shift; done
  shift
  wanted "$label" || return 0
  for _ in $(seq "$repeats"); do
    "$@"
    [ $ANCHORS = 1 ] || continue
    time_process "$BENCH_OUT/anchor-jobs.jsonl" "$anchor_label" 1 "${anchor[@]}"
    rm -rf "$BENCH_OUT/duckdb-spill"
  done
}

if [ $ANCHORS = 1 ]; then
  # shellcheck source=scripts/python-env.sh
  source "$ROOT/scripts/python-env.sh"
  PYTHON_VENV=${BENCHVENV:-$BENCH_OUT/venv} python_with 'import networkx, igraph, networkit, rustworkx, numpy, scipy, duckdb' \
    $(pinned networkx igraph networkit rustworkx numpy scipy duckdb)
  "$python" -m pip list 2>/dev/null | grep -Ei '^(networkx|igraph|networkit|rustworkx|numpy|scipy|duckdb) ' >"$BENCH_OUT/versions.txt" || true
fi
anchors=$ROOT/scripts/anchors.py
python=${python:-python3}

echo "timing instgraph" >&2
: >"$BENCH_OUT/instgraph.jsonl"
: >"$BENCH_OUT/reports.jsonl"
: >"$BENCH_OUT/anchor-jobs.jsonl"
time_job "medium summary" 3 summary "$BENCH_OUT/medium.csv"
for size in medium large; do
  csv=$BENCH_OUT/$size.csv
  time_job "$size degree (projection)" 3 centrality "$csv" --graph institutions --measures degree --top 10
  time_job "$size pagerank (projection)" 3 centrality "$csv" --graph institutions --measures pagerank --top 10
  time_job "$size closeness" 3 centrality "$csv" --measures closeness --top 10
done
time_job "medium betweenness" 3 centrality "$BENCH_OUT/medium.csv" --measures betweenness --top 10
time_job "large betweenness" 1 centrality "$BENCH_OUT/large.csv" --measures betweenness --top 10
if [ $HUGE = 1 ]; then
  time_job "huge approximate betweenness" 1 centrality "$BENCH_OUT/huge.csv" --measures betweenness --approx 0.05 --top 10
  time_job "huge closeness" 1 centrality "$BENCH_OUT/huge.csv" --measures closeness --top 10
  time_job "huge approximate closeness" 1 centrality "$BENCH_OUT/huge.csv" --measures closeness --approx 0.05 --top 10
fi

# The anchors that time the steps of each library inside one process (medium and large).
# selected SIZE: whether a job on SIZE that the graph libraries answer (degree, PageRank,
# closeness, betweenness) was timed, so that their anchors are needed.
selected() {
  grep "\"job\": \"$1 " "$BENCH_OUT/instgraph.jsonl" | grep -Evq "\"job\": \"$1 (report|summary|shared|overlap)\""
}
if [ $ANCHORS = 1 ]; then
  echo "timing the graph libraries" >&2
  if selected medium; then
    "$python" "$anchors" run "$BENCH_OUT/medium.csv" --label medium --out "$BENCH_OUT" \
      --libs igraph,networkit-2t,rustworkx-2t >"$BENCH_OUT/medium-anchors.md"
  fi
  if selected large; then
    # Large: only what the table compares; closeness and betweenness there would take minutes.
    prev=()
    [ -f "$BENCH_OUT/medium.json" ] && prev=(--prev "$BENCH_OUT/medium.json")
    "$python" "$anchors" run "$BENCH_OUT/large.csv" --label large --out "$BENCH_OUT" \
      --libs igraph,networkit-2t "${prev[@]}" --budget 30 >"$BENCH_OUT/large-anchors.md"
  fi
fi

echo "timing instgraph and its whole-process anchors in turn" >&2
sizes=(large)
[ $HUGE = 1 ] && sizes+=(huge)
for size in "${sizes[@]}"; do
  csv=$BENCH_OUT/$size.csv
  for question in summary shared overlap; do
    # DuckDB's self-join on huge takes minutes: once is enough.
    repeats=3
    [ $size = huge ] && [ $question = overlap ] && repeats=1
    arguments=("$csv")
    [ $question = overlap ] && arguments+=(--top 20)
    alternate "$size $question" $repeats "$size duckdb $question" \
      timeout --signal=KILL "${DUCKDB_TIMEOUT:-600}" "$python" "$anchors" job "duckdb-$question" "$csv" \
      -- time_job "$size $question" 1 $question "${arguments[@]}"
  done
done
for size in medium large huge; do
  [ -f "$BENCH_OUT/$size.csv" ] || continue
  repeats=3
  [ $size = huge ] && repeats=1
  alternate "$size report" $repeats "$size igraph load + bipartite projection" \
    "$python" "$anchors" job igraph-projection "$BENCH_OUT/$size.csv" -- time_report $size 1
done

python3 - "$BENCH_OUT" <<'EOF'
"""Prints the ratio table from instgraph.jsonl, reports.jsonl, anchor-jobs.jsonl and the anchors'
medium.json and large.json."""
import json, os, statistics, sys

out = sys.argv[1]

def records(name):
    path = os.path.join(out, name)
    grouped = {}
    if os.path.exists(path):
        for line in open(path):
            record = json.loads(line)
            grouped.setdefault(record["job"], []).append(record)
    return grouped

runs = records("instgraph.jsonl")
processes = records("anchor-jobs.jsonl")
pages = {job: records_[-1] for job, records_ in records("reports.jsonl").items()}

def median_wall(table, job):
    return statistics.median(r["wall"] for r in table[job]) if job in table else None

def ours(job):
    return median_wall(runs, job)

def peak_mib(table, *jobs):
    values = [r["rss_kib"] for job in jobs for r in table.get(job, [])]
    return max(values) / 1024 if values else None

def our_rss(*jobs):
    return peak_mib(runs, *jobs)

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
    if x is None:
        return "—"
    return "%.0f" % x if x >= 10 ** digits else "%.*g" % (digits, x)

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
    None if igraph_mib is None or mine_mib is None else mine_mib / igraph_mib, "≤ 0.5", 0.5)
large = ours("large betweenness")
rows.append(("exact betweenness, two-mode graph, large", cell(large), "igraph ≈ 525 (not run)", "—", "≤ 10 s",
             "" if large is None else ("met" if large <= 10 else "missed")))
for size in ("large", "huge"):
    job, anchor_job = size + " report", size + " igraph load + bipartite projection"
    if job not in runs and anchor_job not in processes:
        continue
    mine, theirs = ours(job), median_wall(processes, anchor_job)
    ratio = None if mine is None or theirs is None else mine / theirs
    limit = 6 if size == "large" else None
    anchor = "igraph load + bipartite projection %s (%s MiB)" % (cell(theirs), cell(peak_mib(processes, anchor_job)))
    if limit is None:
        rows.append(("report, %s" % size, cell(mine), anchor, cell(ratio, 2), "—", ""))
    else:
        row("report, %s" % size, mine, anchor, ratio, "≤ %g" % limit, limit)
for size in ("large", "huge"):
    for question, target in (("summary", 1.0), ("shared", 1.0), ("overlap", 1.0)):
        job, anchor_job = "%s %s" % (size, question), "%s duckdb %s" % (size, question)
        if job not in runs or anchor_job not in processes:
            continue
        mine, theirs = ours(job), median_wall(processes, anchor_job)
        # A self-join stopped by its timeout or its memory cap took at least that long: the ratio is at most this.
        stopped = any(r.get("stopped") for r in processes[anchor_job])
        # A stopped job's peak is not known: the one measured is what was left when it was killed.
        held = "stopped" if stopped else "%s MiB" % cell(peak_mib(processes, anchor_job))
        row("`%s`%s, %s" % (question, " --top 20" if question == "overlap" else "", size), mine,
            "DuckDB, 2 threads, %s%s (%s)" % ("> " if stopped else "", cell(theirs), held),
            mine / theirs, "≤ %g" % target, target)
for job, seconds in (("huge summary", 5), ("huge shared", 5), ("huge overlap", 5), ("huge approximate betweenness", 5),
                     ("huge closeness", 60), ("huge approximate closeness", 5)):
    if job in runs:
        mib = our_rss(job)
        rows.append(("%s (peak %.0f MiB)" % (job, mib), cell(ours(job)), "—", "—", "≤ %d s, ≤ 1 GiB" % seconds,
                     "met" if ours(job) <= seconds and mib <= 1024 else "missed"))

print("| work | instgraph (s) | anchor, whole process (s) | ratio | target | |")
print("|---|---|---|---|---|---|")
for line in rows:
    print("| " + " | ".join(line) + " |")
print()
print("instgraph, every job (median wall s, peak MiB):")
for job in runs:
    page = pages.get(job)
    extra = "" if page is None else "   page %.1f MB, %d downloads beside (%.1f MB)" % (
        page["html_bytes"] / 1e6, page["beside_files"], page["beside_bytes"] / 1e6)
    print("  %-32s %8.3f s %6.0f MiB%s" % (job, ours(job), our_rss(job), extra))
if processes:
    print("anchors, whole processes (median wall s, peak MiB):")
    for job in processes:
        print("  %-45s %8.3f s %6.0f MiB" % (job, median_wall(processes, job), peak_mib(processes, job)))
EOF
