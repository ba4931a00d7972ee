#!/usr/bin/env bash
# Fuzzes one of instgraph's readers with libFuzzer and AddressSanitizer.
#
#   bash scripts/fuzz.sh TARGET SECONDS [RUNS]
#
# TARGET: csv, yaml, json, xlsx or graphml (the fuzz targets of Fuzz/, each loading any bytes as
# that format and checking that the load succeeds consistently or fails with located errors).
# Runs for SECONDS, or until RUNS executions when given, from the seed corpus in
# Tests/FuzzCorpus/TARGET (copied, so the repository's corpus stays as it is). Each input may take
# 10 s and 2 GiB at most. A crash, a sanitizer report, a leak, a hang or an out-of-memory stops it
# with a non-zero status and leaves the input that caused it in $FUZZ_OUT (default: a new
# temporary folder). The last line says how many inputs ran.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh csv|yaml|json|xlsx|graphml SECONDS [RUNS]}
seconds=${2:?usage: scripts/fuzz.sh TARGET SECONDS [RUNS]}
runs=${3:--1}
case $target in
  csv) name=FuzzCSV ;; yaml) name=FuzzYAML ;; json) name=FuzzJSON ;; xlsx) name=FuzzXLSX ;; graphml) name=FuzzGraphML ;;
  *) echo "fuzz: unknown target '$target'; choose csv, yaml, json, xlsx or graphml" >&2; exit 64 ;;
esac
scratch=$PWD/.build-fuzz
(cd Fuzz && swift build -c release --sanitize=fuzzer --sanitize=address --scratch-path "$scratch" >&2)
out=${FUZZ_OUT:-$(mktemp -d)}
mkdir -p "$out/corpus-$target"
cp Tests/FuzzCorpus/"$target"/* "$out/corpus-$target/"
# Leaks are checked as it goes.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1} \
  "$scratch/release/$name" "$out/corpus-$target" \
    -max_total_time="$seconds" -runs="$runs" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$out/" -print_final_stats=1 2>"$out/$target.log" || {
      status=$?
      tail -40 "$out/$target.log" >&2
      echo "fuzz: $target failed (status $status); the input is in $out" >&2
      exit "$status"
    }
if grep -q "Is the code instrumented for coverage" "$out/$target.log"; then
  echo "fuzz: $target found no coverage to follow: the build is not instrumented; remove $scratch and run again" >&2
  exit 1
fi
executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$out/$target.log" | grep -o '[0-9]*$' || echo "?")
echo "fuzz: $target: $executions inputs in ${seconds} s at most, no crash, leak, hang or out-of-memory (log: $out/$target.log)"
