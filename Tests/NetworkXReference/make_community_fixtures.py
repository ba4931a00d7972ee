#!/usr/bin/env python3
"""Writes NetworkX's Louvain communities and modularity values as JSON fixtures for instgraph.

Usage (from the package root; needs NetworkX 3.6.1):

    python3 Tests/NetworkXReference/make_community_fixtures.py

Each fixture under Tests/InstitutionGraphTests/Fixtures/networkx/communities/ is one weighted
undirected graph with:

- `louvain`: for each resolution (0.5, 1, 2) and seed (0 to 4), the communities
  `networkx.community.louvain_communities(G, weight="weight", resolution=r, seed=s)` finds and
  their modularity. instgraph's Louvain must reach at least the best of these modularities;
  it cannot reproduce the partitions themselves (Python's random number generator orders the
  nodes).
- `partitions`: partitions (Louvain's, seeded random ones, singletons, everything in one) with
  `networkx.community.modularity` at each resolution, to check instgraph's modularity to 1e-9.
- `nmi`: two labellings of the nodes and their normalised mutual information (arithmetic mean of
  the entropies, as scikit-learn's default), computed here from the definition.
"""
import json
import math
import pathlib
import random
import sys
from collections import Counter

import networkx as nx

sys.dont_write_bytecode = True  # keep the folder clean of __pycache__
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from make_brokerage_fixtures import graphs as brokerage_graphs, institutions_projection, relabelled  # noqa: E402
from make_fixtures import read_memberships  # noqa: E402
from networkx.algorithms import bipartite  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "InstitutionGraphTests" / "Fixtures" / "networkx" / "communities"
HERE = pathlib.Path(__file__).resolve().parent
RESOLUTIONS = [0.5, 1.0, 2.0]
SEEDS = range(5)


def newman_projection():
    consortia, institutions, memberships = read_memberships(HERE / "k-ai-memberships.csv")
    c = len(consortia)
    two_mode = nx.Graph()
    two_mode.add_nodes_from(range(c + len(institutions)))
    two_mode.add_edges_from((ci, c + ii) for ci, ii in memberships)
    projected = bipartite.collaboration_weighted_projected_graph(two_mode, range(c, c + len(institutions)))
    graph = nx.Graph()
    graph.add_nodes_from(range(len(institutions)))
    graph.add_weighted_edges_from((u - c, v - c, w) for u, v, w in projected.edges(data="weight"))
    return institutions, graph


def graphs():
    for name, description, names, graph in brokerage_graphs():
        yield name, description, names, graph
    yield ("k-ai-institutions-newman", "the K-AI institutions projection, Newman weights", *newman_projection())
    planted = nx.planted_partition_graph(6, 12, 0.6, 0.04, seed=7)
    yield ("planted", "six planted groups of twelve (p_in 0.6, p_out 0.04), unweighted", *relabelled(planted))


def labels_of(communities, n):
    labels = [0] * n
    for number, community in enumerate(communities):
        for v in community:
            labels[v] = number
    return labels


def nmi(first, second):
    """Normalised mutual information, arithmetic mean, from the definition."""
    n = len(first)
    a, b, joint = Counter(first), Counter(second), Counter(zip(first, second))
    if len(a) <= 1 or len(b) <= 1:
        return 1.0 if len(a) == len(b) else 0.0
    entropy = lambda counts: -sum(c / n * math.log(c / n) for c in counts.values())
    information = sum(c / n * math.log(c * n / (a[x] * b[y])) for (x, y), c in joint.items())
    return information / ((entropy(a) + entropy(b)) / 2)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, description, names, graph in graphs():
        n = len(graph)
        edges = sorted((min(u, v), max(u, v)) for u, v in graph.edges())
        runs = []
        for resolution in RESOLUTIONS:
            for seed in SEEDS:
                communities = nx.community.louvain_communities(graph, weight="weight", resolution=resolution, seed=seed)
                runs.append({"resolution": resolution, "seed": seed,
                             "modularity": nx.community.modularity(graph, communities, weight="weight", resolution=resolution),
                             "communities": sorted(sorted(c) for c in communities)})
        rng = random.Random(2025)
        partitions = [labels_of(runs[5]["communities"], n), [0] * n, list(range(n))]
        partitions += [[rng.randrange(k) for _ in range(n)] for k in (2, 3, 7)]
        checks = [{"labels": labels,
                   "modularity": {str(r): nx.community.modularity(graph, [{v for v in range(n) if labels[v] == c} for c in set(labels)],
                                                                  weight="weight", resolution=r) for r in RESOLUTIONS}}
                  for labels in partitions]
        first, second = partitions[0], partitions[4]
        fixture = {
            "name": name, "description": description, "networkx": nx.__version__, "nodes": names,
            "edges": [list(e) for e in edges], "weights": [graph.edges[e]["weight"] for e in edges],
            "louvain": runs, "partitions": checks,
            "nmi": {"first": first, "second": second, "value": nmi(first, second)},
        }
        path = OUT / f"{name}.json"
        path.write_text(json.dumps(fixture, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        best = {r: max(run["modularity"] for run in runs if run["resolution"] == r) for r in RESOLUTIONS}
        print(f"{path.relative_to(ROOT)}: {n} nodes, {len(edges)} edges; best modularity {best}")


if __name__ == "__main__":
    main()
