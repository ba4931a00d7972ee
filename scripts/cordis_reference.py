#!/usr/bin/env python3
"""Reference counts for a CORDIS organization.csv, computed with pandas and NetworkX.

Usage:
    cordis_reference.py FILE [--skip-role ROLE ...]

The file is read as CORDIS publishes it: ';'-separated UTF-8 with '"' quoting, every cell as
text (pandas: sep=';', dtype=str, keep_default_na=False), so ids keep their exact spelling
and an empty cell is the empty string. A leading byte order mark is ignored.

Columns used: the organisation id (the PIC) is `organisationID` (`id` in the older FP7
layout); the project (consortium) is `projectID` (`projectReference` in the older layout);
`role`, `name`, `activityType` and `country`. Rows whose PIC or project is empty are dropped
first. --skip-role drops the rows with that role (repeatable), before anything is counted,
as if they were not in the file.

Printed as JSON, with these definitions:

consortia
    distinct project ids.
institutions
    distinct PICs.
memberships
    distinct (project, PIC) pairs; a PIC listed twice in one project counts once.
rows
    rows counted (after --skip-role).
leads
    rows whose role is `coordinator`.
shared
    PICs in two or more distinct projects.
top
    the 10 PICs in the most distinct projects, each as {"id", "name", "projects"}: most
    projects first, then by name, then by id (plain string order). A PIC's name is the name
    it is written with on most of its rows; when names tie, the one met first in the file.
kinds
    number of PICs per activityType. A PIC's activityType, like its country, is the value
    on most of its rows (ties: the one met first); an empty value counts under "".
countries
    number of PICs per country, defined the same way.
components
    connected components of the two-mode graph whose nodes are the projects and the PICs
    and whose edges are the memberships (NetworkX). Every project has at least one member,
    so no node is isolated.
ids_with_several_names
    PICs written with two or more distinct names (exact strings: case, accents and spaces
    count).
names_with_several_ids
    distinct names (exact strings) used by two or more different PICs.
"""

import argparse
import json
import sys

import networkx as nx
import pandas as pd

PIC_COLUMNS = ("organisationID", "id")
PROJECT_COLUMNS = ("projectID", "projectReference")


def first_present(frame, candidates, what):
    for column in candidates:
        if column in frame.columns:
            return column
    sys.exit(f"cordis_reference.py: no {what} column (looked for {', '.join(candidates)})")


def most_frequent(frame, key, column):
    """Per key, the value on most rows; ties go to the value met first in file order."""
    counts = frame.groupby([key, column], sort=False).agg(n=("_row", "size"), first=("_row", "min")).reset_index()
    counts = counts.sort_values([key, "n", "first"], ascending=[True, False, True], kind="mergesort")
    return counts.drop_duplicates(key).set_index(key)[column]


def reference(path, skip_roles=()):
    frame = pd.read_csv(path, sep=";", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    pic = first_present(frame, PIC_COLUMNS, "organisation id")
    project = first_present(frame, PROJECT_COLUMNS, "project id")
    frame = frame[(frame[pic] != "") & (frame[project] != "")]
    if skip_roles:
        frame = frame[~frame["role"].isin(skip_roles)]
    frame = frame.reset_index(drop=True)
    frame["_row"] = range(len(frame))

    pairs = frame[[project, pic]].drop_duplicates()
    projects_per_pic = pairs.groupby(pic).size()
    names = most_frequent(frame, pic, "name")
    kinds = most_frequent(frame, pic, "activityType") if "activityType" in frame else pd.Series(dtype=str)
    countries = most_frequent(frame, pic, "country") if "country" in frame else pd.Series(dtype=str)

    top = sorted(((-count, names[p], p) for p, count in projects_per_pic.items()))[:10]

    graph = nx.Graph()
    graph.add_nodes_from(("project", p) for p in frame[project].unique())
    graph.add_nodes_from(("pic", p) for p in frame[pic].unique())
    graph.add_edges_from((("project", a), ("pic", b)) for a, b in pairs.itertuples(index=False))

    names_per_pic = frame.groupby(pic)["name"].nunique()
    pics_per_name = frame.groupby("name")[pic].nunique()

    return {
        "file": str(path),
        "skipped_roles": sorted(skip_roles),
        "rows": int(len(frame)),
        "consortia": int(frame[project].nunique()),
        "institutions": int(frame[pic].nunique()),
        "memberships": int(len(pairs)),
        "leads": int((frame["role"] == "coordinator").sum()),
        "shared": int((projects_per_pic >= 2).sum()),
        "top": [{"id": p, "name": name, "projects": -negative} for negative, name, p in top],
        "kinds": {k: int(v) for k, v in sorted(kinds.value_counts().items())},
        "countries": {k: int(v) for k, v in sorted(countries.value_counts().items())},
        "components": nx.number_connected_components(graph),
        "ids_with_several_names": int((names_per_pic >= 2).sum()),
        "names_with_several_ids": int((pics_per_name >= 2).sum()),
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file")
    parser.add_argument("--skip-role", action="append", default=[], metavar="ROLE",
                        help="leave out rows with this role (repeatable), e.g. thirdParty")
    parser.add_argument("--label", help="what to print as \"file\" (default: the path given)")
    args = parser.parse_args(argv)
    result = reference(args.file, tuple(args.skip_role))
    if args.label:
        result["file"] = args.label
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
