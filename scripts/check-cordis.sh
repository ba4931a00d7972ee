#!/usr/bin/env bash
# Checks `instgraph ... --preset cordis` against pandas/NetworkX reference counts on a freshly
# generated CORDIS-shaped organization.csv (scripts/make-cordis-sample.py, seed 7, about 20,000
# rows, Horizon 2020 header), read three ways: the CSV file, its .xlsx twin, and the CSV on
# standard input.
#
# ASSUMED instgraph JSON (adjust here if the cordis preset reports differently):
#   instgraph summary FILE --preset cordis --format json
#       an object with the integer keys
#       "consortia", "institutions", "memberships", "components", "sharedInstitutions"
#       (the keys `summary --format json` writes today).
#   instgraph shared FILE --preset cordis --format json
#       an array, most shared first (ties by name), of objects with at least
#       "id" (the PIC, as text), "name" (the institution's name) and "count" (its consortia)
#       (what `shared --format json` writes today); its length is the number of institutions
#       in two or more consortia.
#   The top-10 check also assumes the preset names an institution by the name it is written
#   with most often (ties: the one met first), as scripts/cordis_reference.py does.
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

missing=()
for module in pandas openpyxl networkx; do
    python3 -c "import $module" 2>/dev/null || missing+=("$module")
done
if (( ${#missing[@]} )); then
    echo "installing ${missing[*]} from PyPI" >&2
    python3 -m pip install --quiet "${missing[@]}" || python3 -m pip install --quiet --user "${missing[@]}"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sample="$work/organization.csv"

python3 scripts/make-cordis-sample.py --seed 7 --rows 20000 --programme h2020 -o "$sample" --xlsx "$work/organization.xlsx"
python3 scripts/cordis_reference.py "$sample" > "$work/reference.json"

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
# shellcheck disable=SC2002  # the point is to read standard input
run summary-stdin sh -c 'cat "$1" | "$2" summary - --preset cordis --format json --quiet' sh "$sample" "$INSTGRAPH"

python3 - "$work" <<'PYTHON'
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

for source in ("csv", "xlsx", "stdin"):
    summary, problem = load(f"summary-{source}")
    for ours, theirs in summary_keys:
        label = f"{source:5} summary {theirs}"
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
