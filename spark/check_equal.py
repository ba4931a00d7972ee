#!/usr/bin/env python3
"""Checks that the Spark job and instgraph give the same numbers on one membership table.

    check_equal.py INSTGRAPH TABLE.csv SPARK_OUT

SPARK_OUT is the job's output on TABLE.csv. Compared:
  - summary counts, shared institutions and the top overlapping pairs: equal, row for row, to
    `instgraph summary|shared|overlap --format csv` on the table;
  - the node table: the same institutions in the same order, kinds and consortium counts;
  - the edge table: the ties of `instgraph export --graph institutions` with the same counts, and
    Newman weights within 1e-12 of NetworkX's collaboration_weighted_projected_graph;
  - instgraph on the projection against instgraph on the table: centrality (both weightings),
    brokerage and communities, byte for byte; and the report of the job's folder, whose shared
    institutions, pairs, projection centrality and brokers are rows of the table's report.
Exits 1 with the differences, 0 when everything agrees.
"""

import csv
import glob
import io
import json
import os
import subprocess
import sys

import networkx as nx
from networkx.algorithms import bipartite

failures = []


def run(instgraph, *arguments):
    result = subprocess.run([instgraph, *arguments], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"check_equal: instgraph {' '.join(arguments)} failed:\n{result.stderr}")
    return result.stdout


def rows(text):
    return list(csv.reader(io.StringIO(text)))


def table_block(text, first_header):
    """The CSV block of a multi-table output that starts with `first_header`."""
    blocks = text.split("\n\n")
    for block in blocks:
        if block.startswith(first_header):
            return rows(block.strip("\n") + "\n")
    return []


def parts(folder):
    """The rows of a folder of CSV parts, one header kept."""
    header, body = None, []
    for path in sorted(glob.glob(os.path.join(folder, "*.csv"))):
        with open(path, encoding="utf-8", newline="") as file:
            part = list(csv.reader(file))
        if part:
            header = part[0]
            body.extend(part[1:])
    return ([header] if header else []) + body


def expect_equal(what, ours, theirs):
    if ours != theirs:
        extra = [row for row in ours if row not in theirs][:3]
        missing = [row for row in theirs if row not in ours][:3]
        failures.append(f"{what}: Spark gives {len(ours)} rows, instgraph {len(theirs)}; only Spark: {extra}; only instgraph: {missing}")
    else:
        print(f"  {what}: {len(ours) - 1} rows equal")


def main(instgraph, table, out):
    name = os.path.basename(table)
    print(f"{name}:")
    expect_equal("summary counts", rows(open(os.path.join(out, "summary.csv"), encoding="utf-8").read()),
                 table_block(run(instgraph, "summary", table, "--format", "csv"), "measure,count"))
    expect_equal("shared institutions", parts(os.path.join(out, "shared")), rows(run(instgraph, "shared", table, "--format", "csv")))
    with open(os.path.join(out, "overlap.csv"), encoding="utf-8", newline="") as file:
        overlap = list(csv.reader(file))
    expect_equal("top overlapping pairs", overlap,
                 table_block(run(instgraph, "overlap", table, "--top", str(len(overlap) - 1), "--format", "csv"), "consortium A"))

    # Nodes: instgraph's institutions, in its order, with kinds and consortium counts.
    nodes = parts(os.path.join(out, "projection", "nodes"))
    exported = json.loads(run(instgraph, "export", table, "--graph", "institutions", "--format", "json"))
    expected_nodes = [["id", "key", "name", "kind", "consortia"]] + [
        [str(position), node["id"], node["label"], node.get("kind", ""), str(node["consortia"])] for position, node in enumerate(exported["nodes"])]
    expect_equal("projection nodes", [nodes[0]] + sorted(nodes[1:], key=lambda row: int(row[0])), expected_nodes)

    # Edges: the same ties and counts as instgraph's projection; Newman weights as NetworkX's.
    edges = parts(os.path.join(out, "projection", "edges"))
    position = {node["id"]: index for index, node in enumerate(exported["nodes"])}
    expected_counts = sorted((min(position[e["source"]], position[e["target"]]), max(position[e["source"]], position[e["target"]]), int(e["weight"]))
                             for e in exported["edges"])
    spark_counts = sorted((int(row[0]), int(row[1]), int(row[2])) for row in edges[1:])
    if spark_counts != expected_counts:
        failures.append(f"projection ties: {len(spark_counts)} from Spark, {len(expected_counts)} from instgraph, or their counts differ")
    else:
        print(f"  projection ties: {len(spark_counts)} ties, counts equal")
    graph = nx.Graph()
    with open(table, encoding="utf-8-sig", newline="") as file:
        reader = csv.DictReader(file)
        for row in reader:
            graph.add_edge(("c", row["consortium"].strip(" \t")), ("i", row["institution"].strip(" \t")))
    institutions = [node for node in graph if node[0] == "i"]
    newman = bipartite.collaboration_weighted_projected_graph(graph, institutions)
    worst = 0.0
    for row in edges[1:]:
        names = [exported["nodes"][int(row[0])]["id"], exported["nodes"][int(row[1])]["id"]]
        expected = newman[("i", names[0])][("i", names[1])]["weight"]
        worst = max(worst, abs(float(row[3]) - expected))
    if worst > 1e-12 or newman.number_of_edges() != len(edges) - 1:
        failures.append(f"Newman weights: largest difference from NetworkX {worst:.3g}; {newman.number_of_edges()} ties in NetworkX")
    else:
        print(f"  Newman weights: within {worst:.3g} of NetworkX (limit 1e-12)")

    # instgraph on the projection against instgraph on the table.
    projection = os.path.join(out, "projection")
    for arguments in (["centrality", "--graph", "institutions"], ["centrality", "--graph", "institutions", "--weighting", "newman"],
                      ["brokerage"], ["communities", "--format", "json"]):
        ours = run(instgraph, arguments[0], projection, *arguments[1:], *(["--format", "csv"] if "--format" not in arguments else []))
        theirs = run(instgraph, arguments[0], table, *arguments[1:], *(["--format", "csv"] if "--format" not in arguments else []))
        if arguments[0] == "communities":
            ours, theirs = json.loads(ours), json.loads(theirs)
            same = ours["modularity"] == theirs["modularity"] and [c["members"] for c in ours["communities"]] == [
                c["members"] for c in theirs["communities"]]
        else:
            same = ours == theirs
        label = " ".join(arguments[:1] + [a for a in arguments[1:] if a not in ("--format", "json")])
        if same:
            print(f"  {label} on the projection: identical to instgraph on the table")
        else:
            failures.append(f"{label}: instgraph on Spark's projection differs from instgraph on the table")

    # The report of the job's folder: its shared institutions, pairs, projection centrality and
    # brokers show what the table's report shows.
    folder = os.path.dirname(out.rstrip("/")) or "."
    pages = {}
    for name, source in (("folder", out), ("table", table)):
        page = os.path.join(folder, f"report-{name}-{os.path.basename(table)}.html")
        run(instgraph, "report", source, "-o", page, "--downloads", "none")
        with open(page, encoding="utf-8") as file:
            pages[name] = file.read()
    for section in ("shared", "overlap", "centrality", "brokers"):
        ours, theirs = (report_rows(pages[name], section) for name in ("folder", "table"))
        if section == "shared":
            # The table's report also lists each institution's consortia, in a last column.
            theirs = [row.rsplit("<td>", 1)[0] + "</tr>" for row in theirs]
        if section == "centrality":
            # The table's report has a two-mode block first; the projection's block comes last.
            theirs = theirs[len(theirs) - len(ours):]
        if ours and all(row in theirs for row in ours) and (section != "brokers" or ours == theirs):
            print(f"  report of the folder, {section}: {len(ours)} rows as in the table's report")
        else:
            failures.append(f"report of the folder, {section}: {len(ours)} rows, not those of the table's report")


def report_rows(page, section):
    """The table rows of `<section id="section">` in a report page."""
    start = page.find(f'<section id="{section}">')
    end = page.find("</section>", start)
    return [line for line in page[start:end].split("\n") if line.startswith("<tr") and "<td" in line] if start >= 0 else []


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    main(*sys.argv[1:])
    if failures:
        print("\n".join(["check_equal: differences:"] + failures), file=sys.stderr)
        sys.exit(1)
