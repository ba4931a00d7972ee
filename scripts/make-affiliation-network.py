#!/usr/bin/env python3
"""Makes a synthetic affiliation network shaped like a funding programme's collaborative projects.

    python3 scripts/make-affiliation-network.py --seed 1 --consortia 35000 --institutions 30000 \\
        --mean-size 6 -o large.csv

The benchmarks of instgraph (scripts/bench-anchors.sh, the package-benchmark suite under Benchmarks/)
and of the anchor libraries (scripts/anchors.py) run on these files. Pure Python standard library;
the same arguments give the same bytes on every CPython 3 (only random.Random(seed).random() is
drawn, whose Mersenne Twister stream is stable across versions).

Output
------
CSV, UTF-8, '\\n' line ends, header ``consortium,institution,role,kind``:

    c-000000,org-017305,lead,university
    c-000000,org-002118,member,company

* consortium ids ``c-NNNNNN`` numbered 0..C-1 in the order the consortia were formed (rows are
  grouped by consortium, in that order, the lead first); institution ids ``org-NNNNNN``, 0..I-1,
  a random permutation, so that an id says nothing about how busy the institution is (ids are
  zero-padded to at least 6 digits);
* role: exactly one ``lead`` per consortium, ``member`` for the others; an institution is at most
  once in a consortium;
* kind: one of instgraph's InstitutionKind raw values, ``university``, ``research-institute``,
  ``company``, ``public`` or ``other``, fixed per institution;
* every one of the I institutions takes part at least once (when the memberships drawn are at
  least I; otherwise only as many as there are memberships).

Model
-----
1. Consortium sizes: a discrete Lomax (Pareto type II) law above a floor of 3 partners, the
   minimum of a collaborative project: size = 3 + floor(X), P(X >= x) = (1 + x/s)^-2.5, capped at
   min(I, 400). The scale s is solved (bisection) so that the expected size, floor and cap
   included, is exactly --mean-size. With mean 6: median 4, 90th percentile ~11, and per 35,000
   consortia ~110 of 50 or more, ~20 of 100 or more, a few of 200-400: most projects are small, a
   few flagships have hundreds of partners.
2. Who takes part: consortia are formed one after another and each membership slot is filled by
   preferential attachment with a supply of newcomers (a Yule-Simon / Price process): with
   probability (I - seen) / (slots left) a newcomer that has not taken part yet, otherwise an
   institution already seen, chosen with probability proportional to (its memberships so far + 1)
   (the +1, the initial attractiveness, by mixing a uniform pick among the seen institutions with
   a uniform pick among the past memberships). A pick already in the consortium is drawn again.
   Participation is then heavy-tailed (a power-law tail, as in Simon's model): with mean size 6,
   about 40 % of institutions take part once and the median twice, while the busiest sit in ~290
   of 5,000 consortia, ~2,000 of 35,000 and ~14,000 of 300,000 (the big universities and research
   organisations); the pairs of institutions that share a consortium (sum of size (size - 1) / 2) are
   ~0.16 M, ~1.4 M and ~12 M.
3. Lead: one member per consortium, chosen with probability proportional to its memberships before
   this consortium + 1, so experienced institutions coordinate more often.
4. Kind: drawn per institution from its final number of memberships d:
       d >= 25     university .55  research-institute .35  company .03  public .05  other .02
       5 <= d < 25 university .40  research-institute .25  company .20  public .10  other .05
       d < 5       university .12  research-institute .13  company .55  public .12  other .08

Speed: under 10 s for the huge network (300,000 consortia, 200,000 institutions, mean size 6,
~1.8 million rows, 71 MB), about a second for the large one (35,000 / 30,000, ~211,000 rows). A
summary line (rows, mean and largest size, busiest institution) goes to standard error.
"""
import argparse
import os
import random
import sys

TAIL = 2.5          # Lomax shape of the consortium sizes
MIN_SIZE = 3        # partners of the smallest consortium
MAX_SIZE = 400      # partners of the largest possible consortium
KIND_TABLE = (      # (lowest memberships, cumulative probabilities, kinds)
    (25, (0.55, 0.90, 0.93, 0.98, 1.0)),
    (5, (0.40, 0.65, 0.85, 0.95, 1.0)),
    (0, (0.12, 0.25, 0.80, 0.92, 1.0)),
)
KINDS = ("university", "research-institute", "company", "public", "other")


def size_scale(mean, cap):
    """The Lomax scale s for which E[min(cap, MIN_SIZE + floor(X))] = mean."""
    ks = range(1, cap - MIN_SIZE + 1)

    def expected(s):
        return MIN_SIZE + sum((1.0 + k / s) ** -TAIL for k in ks)

    low, high = 1e-9, 1e6
    if expected(high) < mean:
        raise SystemExit("error: --mean-size %g is too large for at most %d partners" % (mean, cap))
    for _ in range(200):
        middle = (low + high) / 2
        if expected(middle) < mean:
            low = middle
        else:
            high = middle
    return (low + high) / 2


def consortium_sizes(rng, count, mean, cap):
    if cap <= MIN_SIZE:
        return [cap] * count
    scale = size_scale(mean, cap)
    sizes = []
    for _ in range(count):
        u = rng.random()
        x = scale * ((1.0 - u) ** (-1.0 / TAIL) - 1.0)
        sizes.append(min(cap, MIN_SIZE + int(x)))
    return sizes


def fill(rng, sizes, institutions):
    """Members of each consortium (internal indices in order of first appearance, the lead first)
    and each institution's number of memberships."""
    random_ = rng.random
    slots_left = sum(sizes)
    degree = []         # memberships per institution (index = order of first appearance)
    history = []        # one entry per membership so far: a pick here is proportional to degree
    consortia = []
    for size in sizes:
        members = []
        chosen = set()
        while len(members) < size:
            seen = len(degree)
            if seen < institutions and (seen <= len(chosen) or random_() * slots_left < institutions - seen):
                pick = seen
                degree.append(0)
            else:
                # degree + 1: a uniform seen institution with weight seen, a past membership with
                # weight len(history).
                if random_() * (seen + len(history)) < seen:
                    pick = int(random_() * seen)
                else:
                    pick = history[int(random_() * len(history))]
                if pick in chosen:
                    continue
            members.append(pick)
            chosen.add(pick)
            slots_left -= 1
        # The lead: proportional to memberships before this consortium + 1.
        weights = [degree[m] + 1 for m in members]
        r = random_() * sum(weights)
        lead = 0
        while r >= weights[lead] and lead < len(members) - 1:
            r -= weights[lead]
            lead += 1
        if lead:
            members[0], members[lead] = members[lead], members[0]
        for m in members:
            degree[m] += 1
        history.extend(members)
        consortia.append(members)
    return consortia, degree


def kinds_for(rng, degree):
    kinds = []
    for d in degree:
        for lowest, cumulative in KIND_TABLE:
            if d >= lowest:
                break
        r = rng.random()
        k = 0
        while r >= cumulative[k] and k < len(KINDS) - 1:
            k += 1
        kinds.append(KINDS[k])
    return kinds


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--consortia", type=int, required=True, help="number of consortia")
    parser.add_argument("--institutions", type=int, required=True, help="number of institutions")
    parser.add_argument("--mean-size", type=float, default=6.0,
                        help="expected partners per consortium (default 6; at least %d)" % MIN_SIZE)
    parser.add_argument("-o", "--output", default="-", help="CSV file to write, or - for standard output (default)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no summary line on standard error")
    a = parser.parse_args(argv)
    if a.consortia < 1 or a.institutions < MIN_SIZE:
        parser.error("need --consortia >= 1 and --institutions >= %d" % MIN_SIZE)
    cap = min(a.institutions, MAX_SIZE)
    if not MIN_SIZE <= a.mean_size <= cap:
        parser.error("--mean-size must be between %d and %d" % (MIN_SIZE, cap))

    rng = random.Random(a.seed)
    sizes = consortium_sizes(rng, a.consortia, a.mean_size, cap)
    consortia, degree = fill(rng, sizes, a.institutions)
    kinds = kinds_for(rng, degree)
    # Ids: a random permutation of 0..I-1 (Fisher-Yates from rng.random()).
    ids = list(range(a.institutions))
    for i in range(len(ids) - 1, 0, -1):
        j = int(rng.random() * (i + 1))
        ids[i], ids[j] = ids[j], ids[i]
    consortium_width = max(6, len(str(a.consortia - 1)))
    institution_width = max(6, len(str(a.institutions - 1)))
    tails = ["org-%0*d,%%s,%s\n" % (institution_width, ids[i], kinds[i]) for i in range(len(degree))]
    lead_tails = [t % "lead" for t in tails]
    member_tails = [t % "member" for t in tails]

    if a.output != "-" and os.path.dirname(a.output):
        os.makedirs(os.path.dirname(a.output), exist_ok=True)
    out = sys.stdout if a.output == "-" else open(a.output, "w", newline="", encoding="utf-8")
    try:
        out.write("consortium,institution,role,kind\n")
        chunk = []
        for c, members in enumerate(consortia):
            prefix = "c-%0*d," % (consortium_width, c)
            chunk.append(prefix + lead_tails[members[0]])
            for m in members[1:]:
                chunk.append(prefix + member_tails[m])
            if len(chunk) >= 65536:
                out.write("".join(chunk))
                chunk.clear()
        out.write("".join(chunk))
    finally:
        if out is not sys.stdout:
            out.close()
    if not a.quiet:
        rows = len(sizes) and sum(sizes)
        print("rows=%d consortia=%d institutions=%d mean_size=%.3f max_size=%d sizes>=50:%d "
              "max_institution_degree=%d institutions_in_one:%.1f%%"
              % (rows, len(sizes), len(degree), rows / len(sizes), max(sizes), sum(1 for s in sizes if s >= 50),
                 max(degree), 100.0 * sum(1 for d in degree if d == 1) / len(degree)), file=sys.stderr)


if __name__ == "__main__":
    main()
