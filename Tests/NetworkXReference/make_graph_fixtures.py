#!/usr/bin/env python3
"""Writes two-mode graphs as NetworkX itself writes them, for instgraph's graph-file reader tests.

Usage (from the package root; needs NetworkX 3.6.1):

    python3 Tests/NetworkXReference/make_graph_fixtures.py

The files under Tests/InstitutionGraphTests/Fixtures/graphs/ are what `nx.write_graphml`,
`nx.write_gexf` and `nx.node_link_data` produce for small bipartite graphs, the way a NetworkX user
would build them (`add_nodes_from(..., bipartite=0)` for the top set):

- `plain.*`: only the `bipartite` attribute, string node ids with spaces and Hangul; GraphML,
  GEXF 1.2draft (NetworkX's default), GEXF 1.3 and node-link JSON with the `edges` key.
- `labelled.*`: integer node ids, `label` (institutions) and `name` (consortia) attributes, an
  edge `role` (lead/member) on some edges, extra node attributes (`country`, `model`) and an
  extra edge attribute (`share`), as a directed graph: GraphML, GEXF 1.3 and node-link JSON with
  the older `links` key.
- `defaults.*`: institutions carry no `bipartite` value and take it from the attribute's default
  (`G.graph["node_default"]`, written as GraphML's and GEXF's `<default>`).
- `one-mode.graphml`: a path of three organisations with no side information, which instgraph
  must refuse.

Node and edge order is fixed by construction, so the files are the same on every run but for
GEXF's `lastmodifieddate`, the day the script ran.
"""
import json
import pathlib

import networkx as nx

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "InstitutionGraphTests" / "Fixtures" / "graphs"


def plain():
    graph = nx.Graph()
    graph.add_nodes_from(["Team Alpha", "Team Beta"], bipartite=0)
    graph.add_nodes_from(["KAIST", "서울대학교", "Upstage Inc."], bipartite=1)
    graph.add_edges_from([("Team Alpha", "KAIST"), ("Team Alpha", "서울대학교"),
                          ("Team Beta", "KAIST"), ("Team Beta", "Upstage Inc.")])
    return graph


def labelled():
    graph = nx.DiGraph()
    graph.add_node(10, bipartite=0, name="Team Alpha", model="A.X")
    graph.add_node(11, bipartite=0, name="팀 베타")
    graph.add_node(1, bipartite=1, label="KAIST", country="KR")
    graph.add_node(2, bipartite=1, label="Fraunhofer IAIS", country="DE")
    graph.add_node(3, bipartite=1, label="서울대학교")
    graph.add_edge(10, 1, role="lead", share=0.5)
    graph.add_edge(10, 2)
    graph.add_edge(11, 3, role="lead")
    graph.add_edge(11, 1, role="member")
    return graph


def defaults():
    graph = nx.Graph(node_default={"bipartite": 1})
    graph.add_nodes_from(["Team Alpha", "Team Beta"], bipartite=0)
    graph.add_nodes_from(["KAIST", "POSTECH"])
    graph.add_edges_from([("Team Alpha", "KAIST"), ("Team Beta", "POSTECH"), ("Team Beta", "KAIST")])
    return graph


def one_mode():
    return nx.path_graph(["KAIST", "POSTECH", "Upstage"])


def write_json(graph, path, edges):
    data = nx.node_link_data(graph, edges=edges)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    graph = plain()
    nx.write_graphml(graph, OUT / "plain.graphml")
    nx.write_gexf(graph, OUT / "plain-1.2.gexf")
    nx.write_gexf(graph, OUT / "plain-1.3.gexf", version="1.3")
    write_json(graph, OUT / "plain.json", "edges")
    graph = labelled()
    nx.write_graphml(graph, OUT / "labelled.graphml")
    nx.write_gexf(graph, OUT / "labelled.gexf", version="1.3")
    write_json(graph, OUT / "labelled.json", "links")
    graph = defaults()
    nx.write_graphml(graph, OUT / "defaults.graphml")
    nx.write_gexf(graph, OUT / "defaults.gexf")
    nx.write_graphml(one_mode(), OUT / "one-mode.graphml")


if __name__ == "__main__":
    main()
