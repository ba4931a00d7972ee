#!/usr/bin/env python3
"""Writes a random institutions projection folder, as spark/instgraph_spark.py writes one, to time
how fast instgraph reads a large projection (README, "Beyond one machine").

    make-projection.py --nodes 100000 --ties 10000000 --parts 8 --seed 1 -o out/projection-1e7

Ties are distinct random pairs; shared counts are 1 to 4 and Newman weights 1/(n-1) sums, as a
real projection has them. Needs numpy.
"""

import argparse
import os

import numpy as np


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--ties", type=int, default=10_000_000)
    parser.add_argument("--parts", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", required=True)
    arguments = parser.parse_args()
    if os.path.exists(arguments.output):
        raise SystemExit(f"make-projection: {arguments.output} exists; choose a new folder")
    generator = np.random.default_rng(arguments.seed)
    n = arguments.nodes
    pairs = np.empty(0, dtype=np.int64)
    while pairs.size < arguments.ties:
        a = generator.integers(0, n, size=arguments.ties)
        b = generator.integers(0, n, size=arguments.ties)
        low, high = np.minimum(a, b), np.maximum(a, b)
        keys = low[low != high] * n + high[low != high]
        pairs = np.unique(np.concatenate([pairs, keys]))
    pairs = generator.permutation(pairs)[: arguments.ties]
    shared = generator.integers(1, 5, size=pairs.size)
    newman = shared / generator.integers(2, 40, size=pairs.size)
    for table in ("nodes", "edges"):
        os.makedirs(os.path.join(arguments.output, table))
    consortia = generator.integers(1, 30, size=n)
    kinds = np.array(["university", "company", "research-institute", "public"])[generator.integers(0, 4, size=n)]
    with open(os.path.join(arguments.output, "nodes", "part-00000.csv"), "w", encoding="utf-8") as file:
        file.write("id,key,name,kind,consortia\n")
        file.writelines(f"{node},org-{node:07d},Institution {node},{kinds[node]},{consortia[node]}\n" for node in range(n))
    for part, rows in enumerate(np.array_split(np.arange(pairs.size), arguments.parts)):
        with open(os.path.join(arguments.output, "edges", f"part-{part:05d}.csv"), "w", encoding="utf-8") as file:
            file.write("source,target,shared,newman\n")
            table = np.column_stack([pairs[rows] // n, pairs[rows] % n])
            np.savetxt(file, np.column_stack([table, shared[rows], newman[rows]]), fmt=["%d", "%d", "%d", "%.17g"], delimiter=",")
    print(f"make-projection: {n} nodes, {pairs.size} ties in {arguments.output}")


if __name__ == "__main__":
    main()
