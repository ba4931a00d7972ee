#!/usr/bin/env bash
# Fuzzes one of instgraph's readers, or its exports, with libFuzzer and AddressSanitizer.
#
#   bash scripts/fuzz.sh TARGET SECONDS [RUNS]
#
# TARGET: csv, yaml, json, xlsx or graphml (the fuzz targets of Fuzz/, each loading any bytes as
# that format and checking that the load succeeds consistently or fails with located errors), or
# projection (any bytes as a projection folder's node and edge tables and overlap.csv, split at the first two 0s), or
# exports (names made of any bytes exported as GraphML, GEXF and JSON must read back as written), or
# diagrams (names made of any bytes drawn through Graphviz as SVG must be drawn as written).
# Runs for SECONDS, or until RUNS executions when given, from the seed corpus in
# Tests/FuzzCorpus/TARGET (copied, so the repository's corpus stays as it is). Each input may take
# 10 s and 2 GiB at most. A crash, a sanitizer report, a leak, a hang or an out-of-memory stops it
# with a non-zero status and leaves the input that caused it in $FUZZ_OUT (default: a new
# temporary folder). The last line says how many inputs ran.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh csv|yaml|json|xlsx|graphml|projection|exports|diagrams SECONDS [RUNS]}
seconds=${2:?usage: scripts/fuzz.sh TARGET SECONDS [RUNS]}
runs=${3:--1}
case $target in
  csv) name=FuzzCSV ;; yaml) name=FuzzYAML ;; json) name=FuzzJSON ;; xlsx) name=FuzzXLSX ;; graphml) name=FuzzGraphML ;;
  exports) name=FuzzExports ;; diagrams) name=FuzzDiagrams ;; projection) name=FuzzProjection ;;
  *) echo "fuzz: unknown target '$target'; choose csv, yaml, json, xlsx, graphml, projection, exports or diagrams" >&2; exit 64 ;;
esac
scratch=$PWD/.build-fuzz
out=${FUZZ_OUT:-$(mktemp -d)}
mkdir -p "$out/corpus-$target"

# Coverage is asked for by name: with -O, swiftc's -sanitize=fuzzer alone has built Swift modules
# without libFuzzer's counters in some builds and not others, and such a fuzzer "runs" hundreds of
# thousands of inputs a second and tests nothing.
build() {
  (cd Fuzz && swift build -c release --sanitize=fuzzer --sanitize=address --scratch-path "$scratch" \
    -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp >&2)
}
# How many coverage counters the target has: the library's code alone brings tens of thousands.
counters() {
  printf 'x' >"$out/probe"
  "$scratch/release/$name" "$out/probe" 2>&1 | grep -o 'Loaded 1 modules *([0-9]*' | grep -o '[0-9]*$' || echo 0
}
# FUZZ_BUILT=1: the fuzzers are built already (CI builds them on the first run, then runs the others
# side by side, where a build of each would race to relink the binaries the others run).
[[ ${FUZZ_BUILT:-0} == 1 ]] || build
if (( $(counters) < 20000 )); then
  echo "fuzz: $name is built without libFuzzer's coverage counters; remove $scratch and run again" >&2
  exit 1
fi
cp Tests/FuzzCorpus/"$target"/* "$out/corpus-$target/"
# Leaks are checked as it goes, but in the diagrams: Graphviz and the font libraries leak on their
# own, and telling their leaks from ours needs whole stacks, which cost 30 times the speed (see
# Fuzz/graphviz-leaks.txt for how the diagrams' corpus is checked for leaks).
leaks=1
[[ $target == diagrams ]] && leaks=0
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=$leaks:allocator_may_return_null=1} \
  "$scratch/release/$name" "$out/corpus-$target" \
    -max_total_time="$seconds" -runs="$runs" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$out/" -print_final_stats=1 2>"$out/$target.log" || {
      status=$?
      tail -40 "$out/$target.log" >&2
      echo "fuzz: $target failed (status $status); the input is in $out" >&2
      exit "$status"
    }
executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$out/$target.log" | grep -o '[0-9]*$' || echo "?")
checked="crash, leak, hang or out-of-memory"
((leaks)) || checked="crash, hang or out-of-memory (leaks not checked)"
echo "fuzz: $target: $executions inputs in ${seconds} s at most, no $checked (log: $out/$target.log)"
