#!/usr/bin/env bash
# Runs the Spark job (spark/instgraph_spark.py) in local mode on the bundled K-AI dataset (as a
# membership table) and on the medium synthetic set, and checks every number against instgraph
# on the same tables (spark/check_equal.py): counts, shared institutions, top pairs, the
# projection's nodes and ties, Newman weights against NetworkX, and instgraph's centrality,
# brokerage and communities on Spark's projection against its own end to end.
#
# Installs Java 17 (Debian's openjdk-17-jre-headless) when there is no java, and pyspark and
# NetworkX into out/spark-venv. INSTGRAPH=path/to/instgraph picks the binary (default: a release
# build).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v java > /dev/null; then
    sudo=""
    [[ $(id -u) == 0 ]] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq openjdk-17-jre-headless > /dev/null
fi
if [[ -z "${INSTGRAPH:-}" ]]; then
    swift build -c release --product instgraph >&2
    INSTGRAPH="$(swift build -c release --show-bin-path)/instgraph"
fi
. scripts/python-env.sh
PYTHON_VENV="${PYTHON_VENV:-$PWD/out/spark-venv}" python_with 'import pyspark, networkx' $(pinned pyspark networkx)

work=out/spark-check
rm -rf "$work"
mkdir -p "$work"
# The K-AI dataset as a membership table: one row per membership, English names, kinds.
"$INSTGRAPH" export --format json -o "$work/k-ai.json" 2> /dev/null
"$python" - "$work/k-ai.json" "$work/k-ai.csv" << 'EOF'
import csv, json, sys
graph = json.load(open(sys.argv[1], encoding="utf-8"))
label = {node["id"]: node.get("name_en") or node["label"] for node in graph["nodes"]}
kind = {node["id"]: node.get("kind", "") for node in graph["nodes"]}
with open(sys.argv[2], "w", encoding="utf-8", newline="") as file:
    writer = csv.writer(file, lineterminator="\n")
    writer.writerow(["consortium", "institution", "role", "kind"])
    for edge in graph["edges"]:
        writer.writerow([label[edge["source"]], label[edge["target"]], edge.get("role", "member"), kind[edge["target"]]])
EOF
python3 scripts/make-affiliation-network.py --seed 1 --mean-size 6 --consortia 5000 --institutions 8000 -o "$work/medium.csv"

# Local mode, with few shuffle partitions (these tables are small), but more than one, kept
# apart (no adaptive coalescing): consortia and institutions are numbered across partitions.
export PYSPARK_SUBMIT_ARGS="--driver-memory 2g --conf spark.sql.shuffle.partitions=5 --conf spark.sql.adaptive.enabled=false --conf spark.ui.enabled=false pyspark-shell"
for table in k-ai medium; do
    "$python" spark/instgraph_spark.py "$work/$table.csv" -o "$work/$table-spark" 2> "$work/$table-spark.log" \
        || { tail -20 "$work/$table-spark.log" >&2; exit 1; }
    "$python" spark/check_equal.py "$INSTGRAPH" "$work/$table.csv" "$work/$table-spark"
done
