#!/usr/bin/env python3
"""Writes NetworkX's structural-hole measures as JSON fixtures for instgraph's Swift tests.

Usage (from the package root; needs NetworkX 3.6.1, numpy and scipy):

    python3 Tests/NetworkXReference/make_brokerage_fixtures.py

Each fixture under Tests/InstitutionGraphTests/Fixtures/networkx/brokerage/ is one undirected
graph (node names, edges, weights) and NetworkX's `effective_size` and `constraint` of every
node, unweighted (`weight=None`) and weighted (`weight="weight"`). Isolated nodes have no ego
network: NetworkX gives NaN, written as null. Each fixture also holds `global_efficiency`, which
`instgraph whatif` uses.

Weighted effective size is taken from NetworkX's iterative path (`nodes=list(G)`), which follows
Burt's formula (m_jq = w_jq / max_k w_jk) and agrees with UCINET and igraph. NetworkX 3.6.1's
vectorised path, taken when `nodes` is None and SciPy is installed, divides each mutual weight by
the maximum of the wrong node (a 1-D array broadcast along columns; networkx/networkx pull
request 8906), so its weighted values differ. Unweighted values and constraint are the same on
both paths.

Graphs: the K-AI institutions projection (weight = shared consortia, from
k-ai-memberships.csv), the seeded random affiliation network's institutions projection (as in
make_fixtures.py), Zachary's karate club with its interaction weights, Les Misérables'
co-appearance network, and small graphs with isolated nodes and weight ties.

NetworkX has no Gould-Fernandez brokerage roles; the Swift tests check those by hand.
"""
import json
import math
import pathlib
import sys

import networkx as nx
from networkx.algorithms import bipartite

sys.dont_write_bytecode = True  # keep the folder clean of __pycache__
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from make_fixtures import random_affiliation, read_memberships  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "InstitutionGraphTests" / "Fixtures" / "networkx" / "brokerage"
HERE = pathlib.Path(__file__).resolve().parent


def institutions_projection(consortium_names, institution_names, memberships):
    """The institution projection of a two-mode graph, nodes 0..<I in the order given."""
    c = len(consortium_names)
    two_mode = nx.Graph()
    two_mode.add_nodes_from(range(c + len(institution_names)))
    two_mode.add_edges_from((ci, c + ii) for ci, ii in memberships)
    projected = bipartite.weighted_projected_graph(two_mode, range(c, c + len(institution_names)))
    graph = nx.Graph()
    graph.add_nodes_from(range(len(institution_names)))
    graph.add_weighted_edges_from((u - c, v - c, w) for u, v, w in projected.edges(data="weight"))
    return institution_names, graph


def relabelled(graph):
    """The graph on nodes 0..<n in its node order, with its names and a weight on every edge."""
    names = [str(v) for v in graph]
    index = {v: i for i, v in enumerate(graph)}
    result = nx.Graph()
    result.add_nodes_from(range(len(names)))
    result.add_weighted_edges_from((index[u], index[v], float(w)) for u, v, w in graph.edges(data="weight", default=1.0))
    return names, result


def graphs():
    yield ("k-ai-institutions", "the K-AI institutions projection, weight = shared consortia",
           *institutions_projection(*read_memberships(HERE / "k-ai-memberships.csv")))
    c, i, memberships = random_affiliation()
    yield ("affiliation-institutions", "the seeded random affiliation network's institutions projection",
           *institutions_projection([f"c{k}" for k in range(c)], [f"i{k}" for k in range(i)], memberships))
    yield ("karate", "Zachary's karate club, weighted by interactions", *relabelled(nx.karate_club_graph()))
    yield ("les-miserables", "Les Misérables co-appearances, weighted", *relabelled(nx.les_miserables_graph()))
    small = nx.Graph()
    small.add_nodes_from(range(9))
    small.add_weighted_edges_from([(0, 1, 2.0), (0, 2, 1.0), (1, 2, 1.0), (2, 3, 3.0), (3, 4, 1.0), (3, 5, 1.0),
                                   (4, 5, 2.0), (5, 6, 0.5), (7, 7, 1.0)])
    small.remove_edges_from(nx.selfloop_edges(small))
    yield ("small-weighted", "two weighted triangles on a bridge, a pendant and two isolated nodes",
           [f"s{k}" for k in range(9)], small)


def values(measure):
    return [None if math.isnan(x) else float(x) for x in measure]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, description, names, graph in graphs():
        edges = sorted((min(u, v), max(u, v)) for u, v in graph.edges())
        fixture = {
            "name": name, "description": description, "networkx": nx.__version__,
            "nodes": names, "edges": [list(e) for e in edges],
            "weights": [graph.edges[e]["weight"] for e in edges],
            "effectiveSize": {
                "unweighted": values(nx.effective_size(graph)[v] for v in graph),
                # nodes=list(graph): NetworkX's iterative path (see the module docstring).
                "weighted": values(nx.effective_size(graph, nodes=list(graph), weight="weight")[v] for v in graph),
            },
            "constraint": {
                "unweighted": values(nx.constraint(graph)[v] for v in graph),
                "weighted": values(nx.constraint(graph, weight="weight")[v] for v in graph),
            },
            "globalEfficiency": nx.global_efficiency(graph),
        }
        path = OUT / f"{name}.json"
        path.write_text(json.dumps(fixture, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {len(graph)} nodes, {graph.number_of_edges()} edges")


if __name__ == "__main__":
    main()
