#!/usr/bin/env python3
"""Reads every export of `instgraph export` back with NetworkX and checks it.

Usage: python3 Tests/ExportRoundTrip/check_exports.py INSTGRAPH_BINARY

For the bundled K-AI dataset, each graph (bipartite, institutions, consortia), each format
(GraphML, GEXF, node-link JSON, Pajek, CSV) and both label languages, the export is read back with
networkx.read_graphml, read_gexf, node_link_graph, read_pajek or the csv module, and compared
with what the memberships in Tests/NetworkXReference/k-ai-memberships.csv and the names in
Graphs/k-ai-foundation-2025.yaml imply: nodes, edges, weights (NetworkX's own weighted
projections), node attributes (names in both languages, kind, side, NetworkX's `bipartite` 0/1,
consortia and members counts) and metadata. A dataset of awkward names (markup, quotes,
ampersands, commas, Hangul) checks that every format escapes them and gives them back unchanged.
The two-mode GraphML, GEXF and JSON carry the whole dataset (see `check_whole_dataset`): aliases
as JSON, groups and source parts in the graph's metadata (in GEXF, in an `<?instgraph …?>`
processing instruction that NetworkX passes over), and the dataset's own attributes under their
names, `attr_` before a name the export uses itself.

GEXF files are also checked against the structure GEXF 1.3's schema requires (see
`check_gexf_structure`): the schema itself (gexf.net/1.3/gexf.xsd) ships in no Debian or PyPI
package, and nothing else can be fetched when the tests run.

Prints `N passed, 0 failed` and exits 0, or lists the failures and exits 1.
"""
import csv
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import networkx as nx
import yaml
from networkx.algorithms import bipartite

ROOT = pathlib.Path(__file__).resolve().parents[2]
FORMATS = {"graphml": "graphml", "gexf": "gexf", "json": "json", "pajek": "net", "csv": "csv"}
GRAPHS = ["bipartite", "institutions", "consortia"]
GEXF = "{http://gexf.net/1.3}"

passed = 0
failures = []


def check(condition, message):
    global passed
    if condition:
        passed += 1
    else:
        failures.append(message)


# The expected graphs --------------------------------------------------------------------------

def expected_graphs():
    """The three graphs of the K-AI dataset, nodes named by their export ids."""
    consortia, institutions, roles = {}, {}, {}
    with open(ROOT / "Tests/NetworkXReference/k-ai-memberships.csv", newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            consortia.setdefault(row["consortium"], len(consortia))
            institutions.setdefault(row["institution"], len(institutions))
            roles[(row["consortium"], row["institution"])] = row["role"]
    two_mode = nx.Graph()
    two_mode.add_nodes_from((f"c:{c}" for c in consortia), bipartite=0)
    two_mode.add_nodes_from((f"i:{i}" for i in institutions), bipartite=1)
    for (c, i), role in roles.items():
        two_mode.add_edge(f"c:{c}", f"i:{i}", weight=1.0, role=role)
    strip = lambda graph: nx.relabel_nodes(graph, lambda node: node[2:])
    return {
        "bipartite": two_mode,
        "institutions": strip(bipartite.weighted_projected_graph(two_mode, [f"i:{i}" for i in institutions])),
        "consortia": strip(bipartite.weighted_projected_graph(two_mode, [f"c:{c}" for c in consortia])),
    }, two_mode


def dataset_names():
    data = yaml.safe_load((ROOT / "Graphs/k-ai-foundation-2025.yaml").read_text(encoding="utf-8"))
    names = {}
    for entry in data["institutions"]:
        names[("institution", entry["id"])] = entry["name"]
    for entry in data["consortia"]:
        names[("consortium", entry["id"])] = entry["name"]
    return names, data["title"]


# Reading exports back -------------------------------------------------------------------------

def read(path, fmt):
    """The export as an undirected NetworkX graph keyed by node id (and, for Pajek, by label)."""
    if fmt == "graphml":
        return nx.read_graphml(path)
    if fmt == "gexf":
        return nx.Graph(nx.read_gexf(path))
    if fmt == "json":
        return nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="edges")
    if fmt == "pajek":
        return nx.Graph(nx.read_pajek(path))
    graph = nx.Graph()
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            graph.add_node(row["source"], label=row["source_label"])
            graph.add_node(row["target"], label=row["target_label"])
            graph.add_edge(row["source"], row["target"], weight=float(row["weight"]))
    return graph


def export(binary, dataset, graph, fmt, lang, folder):
    path = folder / f"{pathlib.Path(dataset).stem if dataset else 'k-ai'}-{graph}-{lang}.{FORMATS[fmt]}"
    arguments = [binary, "export"] + ([dataset] if dataset else []) + ["--graph", graph, "--format", fmt, "--lang", lang, "-o", str(path)]
    result = subprocess.run(arguments, capture_output=True, text=True)
    check(result.returncode == 0, f"{' '.join(arguments[1:])}: exit {result.returncode}: {result.stderr.strip()}")
    return path


# GEXF 1.3 structure ----------------------------------------------------------------------------

ATTRIBUTE_TYPES = {"integer", "long", "double", "float", "boolean", "liststring", "string", "anyURI",
                   "listinteger", "listlong", "listdouble", "listfloat", "listboolean", "byte", "short",
                   "bigdecimal", "biginteger", "char", "listbyte", "listshort", "listbigdecimal",
                   "listbiginteger", "listchar", "date"}


def check_gexf_structure(path):
    """What GEXF 1.3's schema requires of the parts instgraph writes: the root `gexf` in the 1.3
    namespace with version 1.3; an optional `meta` (creator, keywords, description; an xs:date
    `lastmodifieddate`) before exactly one `graph`; a `defaultedgetype` of directed, undirected or
    mutual and a `mode` of static or dynamic; `attributes` of class node or edge whose `attribute`s
    have an id, a title and a known type; `node`s with an id, unique; `attvalue`s whose `for` names
    a declared attribute and whose value parses as its type; `edge`s with an id, unique, and a
    source and target that are nodes, a numeric weight; and no element the schema does not know."""
    name = path.name
    root = ET.parse(path).getroot()
    check(root.tag == f"{GEXF}gexf", f"{name}: root is {root.tag}, not gexf in the 1.3 namespace")
    check(root.get("version") == "1.3", f"{name}: version is {root.get('version')}")
    children = [child.tag for child in root]
    check(children in ([f"{GEXF}meta", f"{GEXF}graph"], [f"{GEXF}graph"]), f"{name}: gexf holds {children}")
    meta = root.find(f"{GEXF}meta")
    if meta is not None:
        date = meta.get("lastmodifieddate")
        check(date is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", date), f"{name}: lastmodifieddate {date} is not xs:date")
        check(all(child.tag in {f"{GEXF}creator", f"{GEXF}keywords", f"{GEXF}description"} for child in meta),
              f"{name}: meta holds {[c.tag for c in meta]}")
    graph = root.find(f"{GEXF}graph")
    check(graph.get("defaultedgetype") in {"directed", "undirected", "mutual"}, f"{name}: defaultedgetype {graph.get('defaultedgetype')}")
    check(graph.get("mode") in {None, "static", "dynamic"}, f"{name}: mode {graph.get('mode')}")
    check(all(child.tag in {f"{GEXF}attributes", f"{GEXF}nodes", f"{GEXF}edges"} for child in graph),
          f"{name}: graph holds {[c.tag for c in graph]}")
    declared = {"node": {}, "edge": {}}
    for attributes in graph.findall(f"{GEXF}attributes"):
        kind = attributes.get("class")
        check(kind in declared, f"{name}: attributes of class {kind}")
        check(attributes.get("mode") in {None, "static", "dynamic"}, f"{name}: attributes mode {attributes.get('mode')}")
        for attribute in attributes:
            check(attribute.tag == f"{GEXF}attribute", f"{name}: {attribute.tag} inside attributes")
            check(attribute.get("id") is not None and attribute.get("title") is not None, f"{name}: attribute without id or title")
            check(attribute.get("type") in ATTRIBUTE_TYPES, f"{name}: attribute type {attribute.get('type')}")
            declared.setdefault(kind, {})[attribute.get("id")] = attribute.get("type")

    def check_values(element, kind, owner):
        for child in element:
            if child.tag != f"{GEXF}attvalues":
                check(False, f"{name}: {owner} holds {child.tag}")
                continue
            for value in child:
                check(value.tag == f"{GEXF}attvalue", f"{name}: {value.tag} inside attvalues")
                type_ = declared[kind].get(value.get("for"))
                check(type_ is not None, f"{name}: {owner}'s attvalue for undeclared attribute {value.get('for')}")
                text = value.get("value")
                check(text is not None, f"{name}: {owner}'s attvalue without a value")
                if type_ in {"integer", "long"}:
                    check(re.fullmatch(r"-?\d+", text or ""), f"{name}: {owner}: {text} is not an integer")
                if type_ in {"double", "float"}:
                    check(re.fullmatch(r"-?\d+(\.\d+)?([eE]-?\d+)?", text or ""), f"{name}: {owner}: {text} is not a number")

    nodes = graph.find(f"{GEXF}nodes")
    ids = set()
    for node in nodes:
        check(node.tag == f"{GEXF}node", f"{name}: {node.tag} inside nodes")
        check(node.get("id") and node.get("id") not in ids, f"{name}: node id {node.get('id')} missing or repeated")
        ids.add(node.get("id"))
        check_values(node, "node", f"node {node.get('id')}")
    edges = graph.find(f"{GEXF}edges")
    edge_ids = set()
    for edge in edges if edges is not None else []:
        check(edge.tag == f"{GEXF}edge", f"{name}: {edge.tag} inside edges")
        check(edge.get("id") and edge.get("id") not in edge_ids, f"{name}: edge id {edge.get('id')} missing or repeated")
        edge_ids.add(edge.get("id"))
        check(edge.get("source") in ids and edge.get("target") in ids, f"{name}: edge {edge.get('id')} joins unknown nodes")
        check(re.fullmatch(r"\d+(\.\d+)?([eE]-?\d+)?", edge.get("weight", "1")), f"{name}: edge weight {edge.get('weight')}")
        check_values(edge, "edge", f"edge {edge.get('id')}")


# The checks ------------------------------------------------------------------------------------

def check_kai(binary, folder):
    graphs, two_mode = expected_graphs()
    names, title = dataset_names()
    for graph_name in GRAPHS:
        expected = graphs[graph_name]
        for lang in ["en", "ko"]:
            for fmt in FORMATS:
                path = export(binary, None, graph_name, fmt, lang, folder)
                if fmt == "gexf":
                    check_gexf_structure(path)
                actual = read(path, fmt)
                where = f"{path.name}"
                if fmt == "pajek":
                    check_pajek(actual, expected, names, graph_name, lang, where)
                    continue
                if fmt != "csv":
                    check(set(actual.nodes) == set(expected.nodes), f"{where}: nodes differ: {set(actual.nodes) ^ set(expected.nodes)}")
                check({frozenset(e) for e in actual.edges} == {frozenset(e) for e in expected.edges}, f"{where}: edges differ")
                for u, v, weight in expected.edges(data="weight"):
                    if actual.has_edge(u, v):
                        check(abs(float(actual.edges[u, v]["weight"]) - weight) < 1e-12, f"{where}: weight of {u}–{v}")
                for node in actual.nodes:
                    check_node(actual.nodes[node], node, fmt, graph_name, lang, names, two_mode, where)
                if fmt == "graphml":
                    check(actual.graph.get("title_ko") == title["ko"] and actual.graph.get("title_en") == title["en"], f"{where}: graph titles")
                    check(actual.graph.get("graph") == graph_name, f"{where}: graph kind")
                if fmt == "json":
                    check(actual.graph.get("title_ko") == title["ko"], f"{where}: graph title")
                if fmt == "gexf":
                    description = ET.parse(path).getroot().find(f"{GEXF}meta/{GEXF}description").text
                    check(title["ko"] in description and title["en"] in description, f"{where}: meta description")


def side_and_id(node, graph_name):
    if graph_name == "bipartite":
        return ("consortium" if node.startswith("c:") else "institution"), node[2:]
    return ("consortium" if graph_name == "consortia" else "institution"), node


def check_node(data, node, fmt, graph_name, lang, names, two_mode, where):
    side, id_ = side_and_id(node, graph_name)
    name = names[(side, id_)]
    label = name.get(lang) or name.get("en" if lang == "ko" else "ko")
    check(data.get("label") == label, f"{where}: {node} label {data.get('label')!r}, expected {label!r}")
    if fmt == "csv":
        return
    check(data.get("name_ko") == name.get("ko") and data.get("name_en") == name.get("en"), f"{where}: {node} names")
    check(data.get("side") == side, f"{where}: {node} side")
    check(int(data.get("bipartite")) == (0 if side == "consortium" else 1), f"{where}: {node} bipartite {data.get('bipartite')}")
    two_mode_node = ("c:" if side == "consortium" else "i:") + id_
    if side == "institution":
        check(int(data.get("consortia")) == two_mode.degree(two_mode_node), f"{where}: {node} consortia {data.get('consortia')}")
        check(data.get("kind") in {"university", "company", "research-institute", "public"}, f"{where}: {node} kind")
    else:
        check(int(data.get("members")) == two_mode.degree(two_mode_node), f"{where}: {node} members")
        check(data.get("kind") == "consortium", f"{where}: {node} kind")


def check_pajek(actual, expected, names, graph_name, lang, where):
    labels = {}
    for node in expected.nodes:
        side, id_ = side_and_id(node, graph_name)
        name = names[(side, id_)]
        labels[node] = name.get(lang) or name.get("en")
    check(sorted(actual.nodes) == sorted(labels.values()), f"{where}: labels differ: {set(actual.nodes) ^ set(labels.values())}")
    relabelled = nx.relabel_nodes(expected, labels)
    check({frozenset(e) for e in actual.edges} == {frozenset(e) for e in relabelled.edges}, f"{where}: edges differ")
    for u, v, weight in relabelled.edges(data="weight"):
        if actual.has_edge(u, v):
            check(abs(actual.edges[u, v]["weight"] - weight) < 1e-12, f"{where}: weight of {u}–{v}")


AWKWARD = [
    ("<script>alert(1)</script>", "Foo & Bar, \"Ltd.\""),
    ("<script>alert(1)</script>", "서울대학교 산학협력단"),
    ("Team 'B' & Co", "Foo & Bar, \"Ltd.\""),
    ("Team 'B' & Co", "a<b>c"),
]


def check_awkward(binary, folder):
    dataset = folder / "awkward.csv"
    with open(dataset, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["consortium", "institution"])
        writer.writerows(AWKWARD)
    institutions = {i for _, i in AWKWARD}
    for fmt in FORMATS:
        path = export(binary, str(dataset), "institutions", fmt, "en", folder)
        if fmt == "gexf":
            check_gexf_structure(path)
        graph = read(path, fmt)
        found = set(graph.nodes) if fmt == "pajek" else {graph.nodes[n].get("label") for n in graph.nodes}
        # Pajek has no escape inside quotes: instgraph writes a double quote as a single one.
        expected = {i.replace('"', "'") for i in institutions} if fmt == "pajek" else institutions
        check(found == expected, f"{path.name}: names came back as {found}")
        if fmt in {"graphml", "gexf", "json"}:
            check(set(graph.nodes) == institutions, f"{path.name}: ids came back as {set(graph.nodes)}")
        check(graph.number_of_edges() == 2, f"{path.name}: {graph.number_of_edges()} edges")


WHOLE = """\
title: {ko: 시험, en: Test}
source: {title: An article, publisher: A paper, url: "https://example.org/a?b=1&c=<2>", date: 2025-08-04}
as_of: 2025-08-04
groups:
  - {id: g, name: {ko: 그룹, en: "Group \\"G\\""}, aliases: [G, "a|b; c"]}
institutions:
  - id: a
    name: {ko: 가, en: A}
    kind: university
    aliases: [AA, "A, Inc.", "<A>"]
    parent: g
    url: https://a.example
    notes: "Line one\\nline two"
    attributes: {country: KR, label: mine, side: left}
consortia:
  - id: t
    name: Team
    lead: a
    attributes: {model: M, members: many}
"""


def check_whole_dataset(binary, folder):
    """The two-mode GraphML, GEXF and JSON hold every field of the dataset, and NetworkX reads them."""
    dataset = folder / "whole.yaml"
    dataset.write_text(WHOLE, encoding="utf-8")
    expected_groups = [{"id": "g", "name": {"ko": "그룹", "en": 'Group "G"'}, "aliases": ["G", "a|b; c"]}]
    for fmt in ["graphml", "gexf", "json"]:
        path = export(binary, str(dataset), "bipartite", fmt, "en", folder)
        graph = read(path, fmt)
        where = path.name
        a, t = graph.nodes["i:a"], graph.nodes["c:t"]
        aliases = a.get("aliases") if fmt == "json" else json.loads(a.get("aliases", "null"))
        check(aliases == ["AA", "A, Inc.", "<A>"], f"{where}: aliases {a.get('aliases')!r}")
        check(a.get("parent") == "g" and a.get("url") == "https://a.example" and a.get("notes") == "Line one\nline two",
              f"{where}: parent, url, notes {a}")
        check(a.get("country") == "KR" and a.get("attr_label") == "mine" and a.get("attr_side") == "left",
              f"{where}: institution attributes {a}")
        check(t.get("model") == "M" and t.get("attr_members") == "many" and int(t.get("members")) == 1,
              f"{where}: consortium attributes {t}")
        check(graph.edges["c:t", "i:a"].get("role") == "lead" and float(graph.edges["c:t", "i:a"]["weight"]) == 1.0,
              f"{where}: membership edge")
        if fmt == "gexf":
            tree = ET.parse(path, parser=ET.XMLParser(target=ET.TreeBuilder(insert_pis=True)))
            instructions = [node for node in tree.getroot() if node.tag is ET.ProcessingInstruction]
            check(len(instructions) == 1 and instructions[0].text.startswith("instgraph "), f"{where}: processing instruction")
            metadata = json.loads(instructions[0].text[len("instgraph "):]) if instructions else {}
        else:
            metadata = dict(graph.graph)
        groups = metadata.get("groups")
        check((json.loads(groups) if isinstance(groups, str) else groups) == expected_groups, f"{where}: groups {groups!r}")
        check(metadata.get("source_url") == "https://example.org/a?b=1&c=<2>" and metadata.get("source_date") == "2025-08-04"
              and metadata.get("title_ko") == "시험", f"{where}: metadata {metadata}")


def main():
    binary = sys.argv[1]
    with tempfile.TemporaryDirectory(prefix="instgraph-exports-") as temporary:
        folder = pathlib.Path(temporary)
        check_kai(binary, folder)
        check_awkward(binary, folder)
        check_whole_dataset(binary, folder)
    for failure in failures[:40]:
        print(f"FAIL: {failure}", file=sys.stderr)
    print(f"exports: {passed} passed, {len(failures)} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
