#!/usr/bin/env bash
# Checks `instgraph ... --preset cordis` against pandas/NetworkX reference counts on a freshly
# generated CORDIS-shaped organization.csv (scripts/make-cordis-sample.py, seed 7, about 20,000
# rows, Horizon 2020 header), read four ways: the CSV file with --preset cordis, its .xlsx twin,
# the CSV on standard input, and the CSV with the preset written out as a --columns file.
#
# It compares the counts of `summary --format json` (consortia, institutions, memberships,
# components, sharedInstitutions) through each way in, and the length and top 10 of
# `shared --format json` (id = the PIC, name = the name the PIC is written with most often).
#
# Usage: scripts/check-cordis.sh        (INSTGRAPH=path/to/instgraph, default .build/debug/instgraph)
# Prints one line per check and "N passed, M failed"; exits non-zero when any check fails.
set -euo pipefail
cd "$(dirname "$0")/.."

INSTGRAPH="${INSTGRAPH:-.build/debug/instgraph}"
if [[ ! -x "$INSTGRAPH" ]]; then
    echo "check-cordis.sh: no instgraph binary at $INSTGRAPH (build it, or set INSTGRAPH)" >&2
    exit 2
fi

. scripts/python-env.sh
python_with 'import pandas, openpyxl, networkx' $(pinned pandas openpyxl networkx)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sample="$work/organization.csv"

"$python" scripts/make-cordis-sample.py --seed 7 --rows 20000 --programme h2020 -o "$sample" --xlsx "$work/organization.xlsx"
"$python" scripts/cordis_reference.py "$sample" > "$work/reference.json"

# Runs instgraph and keeps its JSON; a failed run leaves its error text for the report instead.
run() {
    local name="$1"; shift
    if ! "$@" > "$work/$name.json" 2> "$work/$name.err"; then
        mv "$work/$name.json" "$work/$name.failed" 2>/dev/null || true
    fi
}
run summary-csv "$INSTGRAPH" summary "$sample" --preset cordis --format json --quiet
run shared-csv "$INSTGRAPH" shared "$sample" --preset cordis --format json --quiet
run summary-xlsx "$INSTGRAPH" summary "$work/organization.xlsx" --preset cordis --format json --quiet
# The preset written out as a user's own mapping file.
cat > "$work/cordis-columns.yaml" <<'YAML'
delimiter: ";"
consortium-column: projectID
consortium-name-column: projectAcronym
institution-column: name
institution-id-column: organisationID
role-column: role
lead-role: coordinator
kind-column: activityType
kind-map: {HES: university, REC: research-institute, PRC: company, PUB: public, OTH: other}
YAML
run summary-columns "$INSTGRAPH" summary "$sample" --columns "$work/cordis-columns.yaml" --format json --quiet
# shellcheck disable=SC2002  # the point is to read standard input
run summary-stdin sh -c 'cat "$1" | "$2" summary - --preset cordis --format json --quiet' sh "$sample" "$INSTGRAPH"

"$python" - "$work" <<'PYTHON'
import json
import os
import sys

work = sys.argv[1]
reference = json.load(open(os.path.join(work, "reference.json"), encoding="utf-8"))
passed = failed = 0


def load(name):
    """The JSON instgraph wrote, or the reason there is none."""
    path = os.path.join(work, name + ".json")
    if not os.path.exists(path):
        error = open(os.path.join(work, name + ".err"), encoding="utf-8", errors="replace").read().strip()
        return None, "instgraph failed: " + (error.splitlines()[-1] if error else "no message")
    try:
        return json.load(open(path, encoding="utf-8")), None
    except ValueError as problem:
        return None, f"not JSON: {problem}"


def check(label, got, expected):
    global passed, failed
    if got == expected:
        passed += 1
        print(f"ok    {label}: {expected}")
    else:
        failed += 1
        print(f"FAIL  {label}: instgraph {got!r}, reference {expected!r}")


# summary: reference key -> instgraph key
summary_keys = [("consortia", "consortia"), ("institutions", "institutions"), ("memberships", "memberships"),
                ("components", "components"), ("shared", "sharedInstitutions")]

for source in ("csv", "xlsx", "stdin", "columns"):
    summary, problem = load(f"summary-{source}")
    for ours, theirs in summary_keys:
        label = f"{source:7} summary {theirs}"
        if summary is None:
            check(label, problem, reference[ours])
        else:
            check(label, summary.get(theirs, "<missing key>"), reference[ours])

shared, problem = load("shared-csv")
if shared is None:
    check("csv   shared count", problem, reference["shared"])
    check("csv   shared top 10", problem, reference["top"])
else:
    check("csv   shared count", len(shared), reference["shared"])
    top = [{"id": str(row.get("id")), "name": row.get("name"), "projects": row.get("count")} for row in shared[:10]]
    if top == reference["top"]:
        passed += 1
        first = reference["top"][0]
        print(f"ok    csv   shared top 10 (id, name, consortia): first {first['name']} ({first['projects']})")
    else:
        failed += 1
        print("FAIL  csv   shared top 10 (id, name, consortia):")
        for rank, (got, expected) in enumerate(zip(top + [None] * 10, reference["top"]), 1):
            mark = "  " if got == expected else "!="
            print(f"        {rank:2} {mark} instgraph {got}  reference {expected}")

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PYTHON
