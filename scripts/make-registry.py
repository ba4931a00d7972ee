#!/usr/bin/env python3
"""Writes an institution registry (YAML, for --institutions) made from a membership table.

For timing a table read against a registry on the same file as without one (summary and
validate with --institutions), not for real use: every name comes from the table itself.

    make-registry.py --cordis organization.csv -o registry.yaml
        one institution per organisationID (PIC), its id; the most frequent name shown (the
        first met among equals), the other names as aliases. Rows then resolve by PIC.
    make-registry.py members.csv -o registry.yaml
        one institution per name in the 'institution' column, with an id of its own (i000000,
        ...), so that rows resolve through names.

Each institution is one line of flow YAML (JSON, which YAML reads as it is).
"""
import argparse
import csv
import json
from collections import Counter


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("table")
    parser.add_argument("--cordis", action="store_true", help="a ';'-separated CORDIS organization.csv")
    parser.add_argument("-o", "--output", required=True)
    arguments = parser.parse_args()

    names: dict[str, Counter] = {}
    with open(arguments.table, newline="", encoding="utf-8") as table:
        if arguments.cordis:
            for row in csv.DictReader(table, delimiter=";"):
                names.setdefault(row["organisationID"], Counter())[row["name"]] += 1
        else:
            for row in csv.DictReader(table):
                names.setdefault(row["institution"], Counter())[row["institution"]] += 1

    with open(arguments.output, "w", encoding="utf-8") as output:
        output.write("institutions:\n")
        for position, (key, counts) in enumerate(names.items()):
            # sorted() is stable: among equally frequent names, the first met comes first.
            ordered = [name for name, _ in sorted(counts.items(), key=lambda item: -item[1]) if name]
            entry = {"id": key if arguments.cordis else f"i{position:06d}", "name": ordered[0] if ordered else key}
            if ordered[1:]:
                entry["aliases"] = ordered[1:]
            output.write("  - " + json.dumps(entry, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
