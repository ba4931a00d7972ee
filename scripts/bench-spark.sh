#!/usr/bin/env bash
# Times the Spark job (spark/instgraph_spark.py) in local mode on a membership table and reports
# its wall time and the peak memory of the whole process tree (Python driver and JVM), sampled
# every half second; then times `instgraph centrality --graph institutions --measures
# degree,pagerank` on the projection it wrote, to set beside scripts/bench-ceiling.sh's figures.
#
#   bash scripts/bench-spark.sh TABLE.csv [OUT [JOB OPTIONS…]]   (default OUT: $BENCH_OUT/spark-out, BENCH_OUT=out/bench)
#
# e.g. `bash scripts/bench-spark.sh huge10.csv out/x10 --top 0` leaves the overlapping pairs out.
#
# SPARK_DRIVER_MEMORY (default 16g) is the JVM's heap; SPARK_PYTHON is a Python with pyspark
# (default: the venv scripts/spark-check.sh makes, out/spark-venv).
set -euo pipefail
cd "$(dirname "$0")/.."
table=${1:?usage: bench-spark.sh TABLE.csv [OUT]}
out=${2:-${BENCH_OUT:-out/bench}/spark-out}
shift $(( $# < 2 ? $# : 2 ))
python=${SPARK_PYTHON:-out/spark-venv/bin/python}
[[ -x $python ]] || { echo "bench-spark: no Python with pyspark at $python; run scripts/spark-check.sh once, or set SPARK_PYTHON" >&2; exit 1; }
[[ ! -e $out ]] || { echo "bench-spark: $out exists; remove it or name another folder" >&2; exit 1; }
export PYSPARK_SUBMIT_ARGS="--driver-memory ${SPARK_DRIVER_MEMORY:-16g} pyspark-shell"

# The resident memory of a process and all its descendants, in KiB.
tree_rss() {
    local pids
    pids=$(ps -e -o pid=,ppid= | awk -v root="$1" '{ parent[$1] = $2 } END { for (p in parent) { q = p; while (q != "" && q != 0 && q != root) q = parent[q]; if (q == root) print p } }')
    # shellcheck disable=SC2086
    ps -o rss= -p "$1" $pids 2>/dev/null | awk '{ sum += $1 } END { print sum + 0 }'
}

start=$(date +%s.%N)
"$python" spark/instgraph_spark.py "$table" -o "$out" "$@" &
job=$!
peak=0
while kill -0 "$job" 2>/dev/null; do
    rss=$(tree_rss "$job")
    (( rss > peak )) && peak=$rss
    sleep 0.5
done
wait "$job"
seconds=$(echo "$(date +%s.%N) - $start" | bc)
memberships=$(awk -F, '$1 == "memberships" { print $2 }' "$out/summary.csv")
edges=$(find "$out/projection/edges" -name '*.csv' -exec tail -n +2 {} + | grep -c , || true)
printf 'spark job: %s memberships, %s projection ties: %.1f s, peak %.2f GiB (driver and JVM)\n' \
    "$memberships" "$edges" "$seconds" "$(echo "$peak / 1048576" | bc -l)"

swift build -c release --product instgraph > /dev/null
/usr/bin/time -f 'instgraph centrality on the projection (degree, pagerank): %e s, peak %M KiB' \
    .build/release/instgraph centrality "$out" --graph institutions --measures degree,pagerank --top 5 > /dev/null
