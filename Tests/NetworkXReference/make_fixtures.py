#!/usr/bin/env python3
"""Writes NetworkX's centrality values as JSON fixtures for instgraph's Swift tests.

Usage (from the package root):

    python3 Tests/NetworkXReference/make_fixtures.py [--affiliation NAME=MEMBERSHIPS.csv ...]

Each fixture is one graph: its node names and order, its sides when it is two-mode, its edges
(and weights), its connected components and core numbers, and NetworkX's value of every measure
for every normalisation instgraph offers. The Swift tests rebuild exactly that graph and compare.

`--affiliation NAME=FILE` adds a two-mode graph (and its weighted institution projection) read
from a membership CSV whose header names `consortium` and `institution` (other columns are
ignored). Consortia become nodes in order of first appearance, then institutions in order of
first appearance; node names are the cells, so export the dataset with ids.

Conventions (see also Tests/NetworkXReference/README.md):
- "standard" is NetworkX's one-mode normalisation, "bipartite" is networkx.algorithms.bipartite
  (Borgatti & Everett), "none" is degree counts, betweenness_centrality(normalized=False) and
  closeness = 1 / (sum of distances to the nodes reached).
- "weighted" entries use distance = 1 / weight for betweenness, closeness and harmonic;
  eigenvector and PageRank always use weights as strengths.
- Eigenvector: the all-ones vector projected onto the eigenspace of the largest adjacency
  eigenvalue, at unit length (numpy.linalg.eigh). On a connected graph this is
  eigenvector_centrality_numpy; on a disconnected one it is the limit of eigenvector_centrality's
  power iteration, which eigenvector_centrality_numpy refuses to compute.
- PageRank: networkx.pagerank(alpha=0.85) iterated to a tolerance of 1e-15.
"""
import argparse
import csv
import json
import math
import pathlib
import random

import networkx as nx
import numpy as np
from networkx.algorithms import bipartite

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "InstitutionGraphTests" / "Fixtures" / "networkx"
CONSORTIUM, INSTITUTION = "consortium", "institution"


class Fixture:
    """A graph on nodes 0..<n, with names, optional sides and optional weights."""

    def __init__(self, name, description, names, edges, sides=None, weights=None):
        self.name, self.description, self.names, self.sides = name, description, names, sides
        self.graph = nx.Graph()
        self.graph.add_nodes_from(range(len(names)))
        for index, (u, v) in enumerate(edges):
            if weights is None:
                self.graph.add_edge(u, v)
            else:
                self.graph.add_edge(u, v, weight=weights[index], distance=1.0 / weights[index])
        self.weighted = weights is not None
        self.projection = None
        self.scores, self.skipped = [], []

    def edge_list(self):
        edges = sorted((min(u, v), max(u, v)) for u, v in self.graph.edges())
        weights = [self.graph.edges[e]["weight"] for e in edges] if self.weighted else None
        return [list(e) for e in edges], weights

    def record(self, measure, normalization, weighted, compute):
        try:
            values = compute()
        except (ZeroDivisionError, nx.NetworkXException) as error:
            self.skipped.append({"measure": measure, "normalization": normalization,
                                 "weighted": weighted, "reason": f"{type(error).__name__}: {error}"})
            return
        self.scores.append({"measure": measure, "normalization": normalization, "weighted": weighted,
                            "values": [float(values[v]) for v in self.graph]})

    def to_json(self):
        edges, weights = self.edge_list()
        return {
            "name": self.name, "description": self.description, "networkx": nx.__version__,
            "nodes": self.names, "sides": self.sides, "edges": edges, "weights": weights,
            "projection": self.projection, "components": component_labels(self.graph),
            "coreNumbers": [nx.core_number(self.graph)[v] for v in self.graph],
            "scores": self.scores, "skipped": self.skipped,
        }


def component_labels(graph):
    """Components numbered in order of their lowest node."""
    components = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: c[0])
    labels = [0] * len(graph)
    for label, members in enumerate(components):
        for v in members:
            labels[v] = label
    return labels


def raw_closeness(graph, distance=None):
    """1 / (sum of distances to the nodes reached), 0 for a node that reaches nobody."""
    result = {}
    for v in graph:
        total = sum(nx.single_source_dijkstra_path_length(graph, v, weight=distance).values()) \
            if distance else sum(nx.single_source_shortest_path_length(graph, v).values())
        result[v] = 1.0 / total if total > 0 else 0.0
    return result


def reference_eigenvector(graph, weight):
    """The all-ones vector projected onto the leading eigenspace, at unit length."""
    n = len(graph)
    matrix = nx.to_numpy_array(graph, nodelist=list(graph), weight=weight)
    eigenvalues, eigenvectors = np.linalg.eigh(matrix)
    top = eigenvalues[-1]
    basis = eigenvectors[:, eigenvalues >= top - 1e-9 * max(1.0, abs(top))]
    vector = basis @ (basis.T @ np.ones(n))
    vector /= np.linalg.norm(vector)
    if nx.is_connected(graph) and n > 1:
        numpy_values = nx.eigenvector_centrality_numpy(graph, weight=weight)
        assert max(abs(numpy_values[v] - vector[v]) for v in graph) < 1e-9, "eigh disagrees with NetworkX"
    return dict(enumerate(vector))


def reference_pagerank(graph, weight):
    values = nx.pagerank(graph, alpha=0.85, weight=weight, tol=1e-15, max_iter=100_000)
    assert abs(sum(values.values()) - 1) < 1e-12
    return values


def add_scores(fixture):
    g, weight = fixture.graph, ("weight" if fixture.weighted else None)
    fixture.record("degree", "standard", False, lambda: nx.degree_centrality(g))
    fixture.record("betweenness", "standard", False, lambda: nx.betweenness_centrality(g))
    fixture.record("closeness", "standard", False, lambda: nx.closeness_centrality(g))
    fixture.record("harmonic", "standard", False, lambda: nx.harmonic_centrality(g))
    fixture.record("eigenvector", "standard", fixture.weighted, lambda: reference_eigenvector(g, weight))
    fixture.record("pagerank", "standard", fixture.weighted, lambda: reference_pagerank(g, weight))
    fixture.record("degree", "none", False, lambda: dict(g.degree()))
    fixture.record("betweenness", "none", False, lambda: nx.betweenness_centrality(g, normalized=False))
    fixture.record("closeness", "none", False, lambda: raw_closeness(g))
    if fixture.weighted:
        fixture.record("betweenness", "standard", True, lambda: nx.betweenness_centrality(g, weight="distance"))
        fixture.record("betweenness", "none", True,
                       lambda: nx.betweenness_centrality(g, normalized=False, weight="distance"))
        fixture.record("closeness", "standard", True, lambda: nx.closeness_centrality(g, distance="distance"))
        fixture.record("closeness", "none", True, lambda: raw_closeness(g, distance="distance"))
        fixture.record("harmonic", "standard", True, lambda: nx.harmonic_centrality(g, distance="distance"))
    if fixture.sides is not None:
        top = [v for v in g if fixture.sides[v] == CONSORTIUM]
        fixture.record("degree", "bipartite", False, lambda: bipartite.degree_centrality(g, top))
        fixture.record("betweenness", "bipartite", False, lambda: bipartite.betweenness_centrality(g, top))
        fixture.record("closeness", "bipartite", False, lambda: bipartite.closeness_centrality(g, top))


def named(prefix, count):
    return [f"{prefix}{i}" for i in range(count)]


def small_graphs():
    yield Fixture("star", "a hub with six leaves", ["hub"] + named("leaf", 6),
                  [(0, leaf) for leaf in range(1, 7)],
                  sides=[CONSORTIUM] + [INSTITUTION] * 6)
    yield Fixture("path", "a path of seven nodes", named("p", 7), [(i, i + 1) for i in range(6)],
                  sides=[CONSORTIUM if i % 2 == 0 else INSTITUTION for i in range(7)])
    yield Fixture("components", "two triangles joined by a square, a path of three, an isolated pair and two isolated nodes",
                  named("v", 15),
                  [(0, 1), (0, 2), (1, 2), (1, 3), (2, 4), (3, 4), (4, 5), (5, 6), (5, 7), (6, 7),
                   (8, 9), (12, 13), (13, 14)])
    yield Fixture("cycle", "a cycle of six: every node ties", named("c", 6), [(i, (i + 1) % 6) for i in range(6)])
    grid = [(r * 3 + c, r * 3 + c + 1) for r in range(3) for c in range(2)] + \
           [(r * 3 + c, (r + 1) * 3 + c) for r in range(2) for c in range(3)]
    yield Fixture("grid", "a 3 x 3 grid: many shortest paths of equal length", named("g", 9), grid,
                  sides=[CONSORTIUM if v % 2 == 0 else INSTITUTION for v in range(9)])
    yield Fixture("complete-bipartite", "K(3,4): ties within each side", named("a", 3) + named("b", 4),
                  [(a, b) for a in range(3) for b in range(3, 7)],
                  sides=[CONSORTIUM] * 3 + [INSTITUTION] * 4)
    yield Fixture("twin-triangles", "two triangles and an isolated node: two components share the largest eigenvalue",
                  named("t", 7), [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5)])
    yield Fixture("weighted-ties", "weights whose distances 1/w tie exactly along different paths",
                  named("w", 7),
                  [(0, 1), (1, 2), (0, 2), (2, 3), (1, 3), (3, 4), (0, 4), (5, 6)],
                  weights=[2.0, 2.0, 1.0, 4.0, 1.0, 0.5, 0.25, 3.0])


def random_affiliation(seed=2025, consortia=14, institutions=30):
    """Consortia of 2-7 members drawn with preferential attachment; the last consortium draws only
    from institutions no one else has, so there is a second component; several institutions stay
    outside every consortium (isolated nodes)."""
    rng = random.Random(seed)
    degrees = [0] * institutions
    pool = list(range(institutions - 6))
    memberships = []
    for c in range(consortia - 1):
        members = set()
        for _ in range(rng.randint(2, 7)):
            while True:
                candidate = rng.choices(pool, weights=[degrees[i] + 1 for i in pool])[0]
                if candidate not in members:
                    break
            members.add(candidate)
            degrees[candidate] += 1
        memberships += [(c, i) for i in sorted(members)]
    memberships += [(consortia - 1, i) for i in range(institutions - 6, institutions - 3)]
    return consortia, institutions, memberships


def affiliation_fixtures(name, description, consortium_names, institution_names, memberships):
    """The two-mode graph (consortia first) and its projections."""
    c = len(consortium_names)
    edges = [(ci, c + ii) for ci, ii in memberships]
    two_mode = Fixture(name, description, consortium_names + institution_names, edges,
                       sides=[CONSORTIUM] * c + [INSTITUTION] * len(institution_names))
    yield two_mode
    sides = {CONSORTIUM: range(c), INSTITUTION: range(c, c + len(institution_names))}
    for onto, weighting, project in [
        (INSTITUTION, "count", bipartite.weighted_projected_graph),
        (INSTITUTION, "newman", bipartite.collaboration_weighted_projected_graph),
        (CONSORTIUM, "count", bipartite.weighted_projected_graph),
        (CONSORTIUM, "newman", bipartite.collaboration_weighted_projected_graph),
    ]:
        nodes = list(sides[onto])
        projected = project(two_mode.graph, nodes)
        offset = nodes[0]
        edges = [(u - offset, v - offset) for u, v in projected.edges()]
        weights = [projected.edges[e]["weight"] for e in projected.edges()]
        fixture = Fixture(f"{name}-{onto}-{weighting}", f"{description}: {onto} projection, {weighting} weights",
                          [two_mode.names[v] for v in nodes], edges, weights=weights)
        fixture.projection = {"of": name, "onto": onto, "weighting": weighting}
        yield fixture


def read_memberships(path):
    consortia, institutions, memberships = {}, {}, []
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            row = {key.strip().lower(): value.strip() for key, value in row.items()}
            c = consortia.setdefault(row["consortium"], len(consortia))
            i = institutions.setdefault(row["institution"], len(institutions))
            if (c, i) not in memberships:
                memberships.append((c, i))
    return list(consortia), list(institutions), memberships


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--affiliation", action="append", default=[], metavar="NAME=CSV",
                        help="add a two-mode graph read from a membership CSV (consortium,institution)")
    arguments = parser.parse_args()

    fixtures = list(small_graphs())
    c, i, memberships = random_affiliation()
    fixtures += affiliation_fixtures("affiliation", "a seeded random affiliation network",
                                     named("c", c), named("i", i), memberships)
    for argument in arguments.affiliation:
        name, _, path = argument.partition("=")
        consortium_names, institution_names, memberships = read_memberships(path)
        fixtures += affiliation_fixtures(name, f"memberships of {name}", consortium_names,
                                         institution_names, memberships)

    OUT.mkdir(parents=True, exist_ok=True)
    for fixture in fixtures:
        add_scores(fixture)
        path = OUT / f"{fixture.name}.json"
        path.write_text(json.dumps(fixture.to_json(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {len(fixture.graph)} nodes, {fixture.graph.number_of_edges()} edges,"
              f" {len(fixture.scores)} score sets, {len(fixture.skipped)} skipped")


if __name__ == "__main__":
    main()
