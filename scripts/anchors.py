#!/usr/bin/env python3
"""Times the anchor libraries (NetworkX, igraph, NetworKit, rustworkx, DuckDB) on an affiliation CSV.

instgraph's performance targets are ratios to what these libraries do with the same file, so this
script does, with each library, what a Python user would do to answer instgraph's questions. It is
run by scripts/bench-anchors.sh, on the networks of scripts/make-affiliation-network.py (header
``consortium,institution,role,kind``; only the first two columns are read).

    python3 scripts/anchors.py run large.csv --label large --libs igraph,networkit-2t \\
        [--prev medium.json --budget 30] [--out DIR]
    python3 scripts/anchors.py job igraph-projection large.csv
    python3 scripts/anchors.py table DIR/medium.json DIR/large.json

``run`` times steps inside one process per library column and writes DIR/LABEL.json and
DIR/LABEL.md (DIR: --out, else $BENCH_OUT, else the current folder) and prints the Markdown table.
Columns: networkx, igraph, networkit-Nt, rustworkx-Nt (N threads: NetworKit's
setNumberOfThreads, rustworkx's RAYON_NUM_THREADS; the others run with OMP/BLAS threads = 1).

Steps, in the order they run (the costly ones last):
  load+build             read the CSV with the csv module (ids -> consecutive ints: consortia
                         0..C-1, institutions C..C+I-1 in order of first appearance) and build
                         the library's two-mode graph; "build only" is the build alone
  projection             the institutions projection weighted by shared consortia: igraph's
                         bipartite_projection(multiplicity=True), networkx's
                         weighted_projected_graph; NetworKit and rustworkx have none, so
                         scipy.sparse B^T B and a weighted graph built from it
  degree                 degree (centrality) on the two-mode graph
  pagerank (projection)  PageRank, damping 0.85, on the weighted projection
  closeness              closeness on the two-mode graph
  betweenness            exact betweenness (Brandes) on the two-mode graph
Timing: a step runs once, and twice more when that took under --cheap seconds (2); the median is
kept. A step whose time, extrapolated from --prev (the same column on a smaller network: closeness
and betweenness by nodes x edges, projection and PageRank by projection pairs, the rest by
memberships), is over --budget seconds is skipped and its estimate recorded. A worker still running
after --timeout seconds is killed. Each column's peak RSS is its worker's (wait4).

``job NAME CSV`` is one whole process for /usr/bin/time, start-up and import included:
  igraph-projection   read the CSV, build the two-mode graph (Graph.Bipartite) and project it onto
                      the institutions (bipartite_projection(which=1, multiplicity=True)); prints
                      the projection's size. The anchor of `instgraph report`.
  duckdb-summary      DuckDB (2 threads) over the CSV: the counts of `instgraph summary`
  duckdb-shared       DuckDB: institutions in two consortia or more with their consortia, as `shared`
  duckdb-overlap      DuckDB: the self-join on institution, the 20 pairs of consortia sharing most,
                      as `overlap --top 20`
"""
import argparse
import csv
import json
import os
import signal
import statistics
import subprocess
import sys
import threading
import time

STEPS = ["load+build", "build only", "projection", "degree", "pagerank (projection)", "closeness", "betweenness"]
SCALES = {"load+build": "m", "build only": "m", "projection": "pairs", "degree": "m",
          "pagerank (projection)": "pairs", "closeness": "nm", "betweenness": "nm"}


def read_memberships(path):
    """(C, I, consortium ends, institution ends): ints, institutions numbered from C."""
    consortia, institutions = {}, {}
    ends_c, ends_i = [], []
    with open(path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        header = next(rows)
        try:
            c_at, i_at = header.index("consortium"), header.index("institution")
        except ValueError:
            raise SystemExit("%s: no consortium and institution columns in %r" % (path, header))
        for row in rows:
            ends_c.append(consortia.setdefault(row[c_at], len(consortia)))
            ends_i.append(institutions.setdefault(row[i_at], len(institutions)))
    count = len(consortia)
    return count, len(institutions), ends_c, [count + i for i in ends_i]


def network_stats(path):
    c, i, ends_c, _ = read_memberships(path)
    sizes = [0] * c
    for end in ends_c:
        sizes[end] += 1
    return {"consortia": c, "institutions": i, "n": c + i, "m": len(ends_c),
            "pairs": sum(k * (k - 1) // 2 for k in sizes)}


def sparse_projection(c, i, ends_c, ends_i):
    """Institution pairs sharing consortia, by B^T B: (rows, columns, weights), row < column."""
    import numpy as np
    import scipy.sparse as sparse
    rows = np.asarray(ends_c, dtype=np.int64)
    columns = np.asarray(ends_i, dtype=np.int64) - c
    b = sparse.csr_matrix((np.ones(len(rows)), (rows, columns)), shape=(c, i))
    upper = sparse.triu(b.T @ b, k=1).tocoo()
    return upper.row, upper.col, upper.data


# -------------------------------------------------------------------------------- libraries
class NetworkXColumn:
    def __init__(self, threads):
        import networkx
        from networkx.algorithms import bipartite
        self.nx, self.bipartite = networkx, bipartite

    def build(self, c, i, ends_c, ends_i):
        g = self.nx.Graph()
        g.add_nodes_from(range(c + i))
        g.add_edges_from(zip(ends_c, ends_i))
        return g

    def projection(self, g, data):
        c, i = data[0], data[1]
        return self.bipartite.weighted_projected_graph(g, range(c, c + i))

    def degree(self, g):
        return self.nx.degree_centrality(g)

    def pagerank(self, p):
        return self.nx.pagerank(p, alpha=0.85, weight="weight")

    def closeness(self, g):
        return self.nx.closeness_centrality(g)

    def betweenness(self, g):
        return self.nx.betweenness_centrality(g)


class IgraphColumn:
    def __init__(self, threads):
        import igraph
        self.igraph = igraph

    def build(self, c, i, ends_c, ends_i):
        return self.igraph.Graph.Bipartite([False] * c + [True] * i, list(zip(ends_c, ends_i)))

    def projection(self, g, data):
        return g.bipartite_projection(multiplicity=True, which=1)

    def degree(self, g):
        return g.degree()

    def pagerank(self, p):
        return p.pagerank(damping=0.85, weights="weight")

    def closeness(self, g):
        return g.closeness()

    def betweenness(self, g):
        return g.betweenness(directed=False)


class NetworKitColumn:
    def __init__(self, threads):
        import networkit
        import numpy
        networkit.engineering.setNumberOfThreads(threads)
        self.nk, self.np = networkit, numpy

    def build(self, c, i, ends_c, ends_i):
        np = self.np
        return self.nk.GraphFromCoo((np.asarray(ends_c, dtype=np.uint64), np.asarray(ends_i, dtype=np.uint64)), n=c + i)

    def projection(self, g, data):
        rows, columns, weights = sparse_projection(*data)
        np = self.np
        return self.nk.GraphFromCoo((weights, (rows.astype(np.uint64), columns.astype(np.uint64))), n=data[1], weighted=True)

    def degree(self, g):
        return self.nk.centrality.DegreeCentrality(g).run().scores()

    def pagerank(self, p):
        return self.nk.centrality.PageRank(p, damp=0.85).run().scores()

    def closeness(self, g):
        return self.nk.centrality.Closeness(g, True, self.nk.centrality.ClosenessVariant.GENERALIZED).run().scores()

    def betweenness(self, g):
        return self.nk.centrality.Betweenness(g, normalized=True).run().scores()


class RustworkxColumn:
    def __init__(self, threads):
        import rustworkx
        self.rx = rustworkx

    def build(self, c, i, ends_c, ends_i):
        g = self.rx.PyGraph()
        g.add_nodes_from(range(c + i))
        g.add_edges_from_no_data(list(zip(ends_c, ends_i)))
        return g

    def projection(self, g, data):
        rows, columns, weights = sparse_projection(*data)
        p = self.rx.PyGraph()
        p.add_nodes_from(range(data[1]))
        p.extend_from_weighted_edge_list(list(zip(rows.tolist(), columns.tolist(), weights.tolist())))
        return p

    def degree(self, g):
        return self.rx.degree_centrality(g)

    def pagerank(self, p):
        # rustworkx's PageRank takes a directed graph: the conversion is part of the step.
        return self.rx.pagerank(p.to_directed(), alpha=0.85, weight_fn=float)

    def closeness(self, g):
        return self.rx.closeness_centrality(g, wf_improved=True, parallel_threshold=50)

    def betweenness(self, g):
        return self.rx.betweenness_centrality(g, normalized=True, parallel_threshold=50)


COLUMNS = {"networkx": NetworkXColumn, "igraph": IgraphColumn, "networkit": NetworKitColumn,
           "rustworkx": RustworkxColumn}


def column_threads(column):
    """'networkit-2t' -> 2; a column without a thread count runs on one."""
    return int(column.split("-", 1)[1].rstrip("t")) if "-" in column else 1


def column_library(column):
    library = COLUMNS.get(column.split("-", 1)[0])
    if library is None:
        raise SystemExit("unknown column %r (known: networkx, igraph, networkit-Nt, rustworkx-Nt)" % column)
    return library


def column_environment(column):
    environment = dict(os.environ)
    threads = str(column_threads(column))
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "RAYON_NUM_THREADS"):
        environment[name] = threads
    return environment


# -------------------------------------------------------------------------------- worker
def worker(column, path, plan, cheap):
    """Runs the steps of one column and writes one JSON line per step to standard output."""
    def emit(record):
        sys.stdout.write(json.dumps(record) + "\n")
        sys.stdout.flush()

    skip = plan["skip"]
    started = time.perf_counter()
    library = column_library(column)(column_threads(column))
    emit({"step": "_import", "seconds": time.perf_counter() - started})

    def timed(step, action):
        if step in skip:
            emit({"step": step, "status": "skipped", "estimate": skip[step]})
            return None
        times = []
        try:
            while len(times) < 3 and (not times or times[0] < cheap):
                begun = time.perf_counter()
                result = action()
                times.append(time.perf_counter() - begun)
        except Exception as error:  # noqa: BLE001 - a library's failure is a result
            emit({"step": step, "status": "error", "note": "%s: %s" % (type(error).__name__, error)})
            return None
        emit({"step": step, "status": "ok", "times": times})
        return result

    builds = []

    def load_and_build():
        data = read_memberships(path)
        begun = time.perf_counter()
        graph = library.build(*data)
        builds.append(time.perf_counter() - begun)
        return data, graph

    loaded = timed("load+build", load_and_build)
    if loaded is None:
        return
    data, graph = loaded
    emit({"step": "build only", "status": "ok", "times": builds})
    projection = timed("projection", lambda: library.projection(graph, data))
    timed("degree", lambda: library.degree(graph))
    if projection is None and "pagerank (projection)" not in skip:
        emit({"step": "pagerank (projection)", "status": "error", "note": "no projection"})
    else:
        timed("pagerank (projection)", lambda: library.pagerank(projection))
    timed("closeness", lambda: library.closeness(graph))
    timed("betweenness", lambda: library.betweenness(graph))


# -------------------------------------------------------------------------------- driver
def estimate(previous, step, stats, previous_stats):
    """Seconds `step` would take, extrapolated from the previous network's time, or None."""
    record = previous.get(step) if previous else None
    if not record:
        return None
    if record["status"] == "ok":
        seconds = statistics.median(record["times"])
        if seconds < 0.05:
            return None  # start-up noise, not a cost that grows with the network
    elif record.get("estimate") is not None:
        seconds = record["estimate"]
    else:
        return None
    scale = SCALES[step]
    if scale == "nm":
        factor = stats["n"] * stats["m"] / (previous_stats["n"] * previous_stats["m"])
    elif scale == "pairs":
        factor = stats["pairs"] / max(1, previous_stats["pairs"])
    else:
        factor = stats["m"] / previous_stats["m"]
    return seconds * factor


def run_column(column, path, plan, cheap, timeout):
    command = [sys.executable, os.path.abspath(__file__), "_worker", column, path, json.dumps(plan), str(cheap)]
    began = time.time()
    process = subprocess.Popen(command, env=column_environment(column), stdout=subprocess.PIPE, text=True,
                               start_new_session=True)
    killed = []

    def kill():
        killed.append(True)
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    timer = threading.Timer(timeout, kill)
    timer.start()
    records = {}
    for line in process.stdout:
        record = json.loads(line)
        records[record.pop("step")] = record
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    timer.cancel()
    for step in STEPS:
        if step not in records:
            records[step] = {"status": "timeout" if killed else "error", "note": "worker exit %s" % process.returncode}
    records["_meta"] = {"import_s": records.pop("_import", {}).get("seconds"), "rss_peak_kib_wait4": usage.ru_maxrss,
                        "wall_s": time.time() - began}
    return records


def cell(record):
    status = record["status"]
    if status == "ok":
        seconds = statistics.median(record["times"])
        return ("%.3g" % seconds) + ("*" if len(record["times"]) == 1 else "")
    if status == "skipped":
        return "skipped (est. %.0f s)" % record["estimate"]
    return status


def markdown(result):
    stats, columns = result["stats"], result["columns"]
    lines = ["### %s: %d consortia, %d institutions, %d memberships, %d projection pairs at most"
             % (result["label"], stats["consortia"], stats["institutions"], stats["m"], stats["pairs"]), "",
             "| step (s) | " + " | ".join(columns) + " |", "|---|" + "---|" * len(columns)]
    for step in STEPS:
        lines.append("| %s | %s |" % (step, " | ".join(cell(result["libs"][c][step]) for c in columns)))
    meta = [result["libs"][c]["_meta"] for c in columns]
    lines.append("| import | %s |" % " | ".join("—" if m["import_s"] is None else "%.3g" % m["import_s"] for m in meta))
    lines.append("| peak RSS (MiB) | %s |" % " | ".join("%.0f" % (m["rss_peak_kib_wait4"] / 1024) for m in meta))
    lines.append("| worker wall (s) | %s |" % " | ".join("%.0f" % m["wall_s"] for m in meta))
    lines += ["", "\\* one run (it took at least %g s); otherwise the median of three." % result["cheap_s"]]
    return "\n".join(lines) + "\n"


def command_run(arguments):
    folder = arguments.out or os.environ.get("BENCH_OUT") or "."
    os.makedirs(folder, exist_ok=True)
    stats = network_stats(arguments.csv)
    previous = json.load(open(arguments.prev)) if arguments.prev else None
    columns = arguments.libs.split(",")
    result = {"label": arguments.label, "csv": os.path.abspath(arguments.csv), "stats": stats, "columns": columns,
              "budget_s": arguments.budget, "cheap_s": arguments.cheap, "libs": {}}
    for column in columns:
        column_library(column)
        skip = {}
        if previous and column in previous["libs"]:
            for step in STEPS:
                seconds = estimate(previous["libs"][column], step, stats, previous["stats"])
                if step != "build only" and seconds is not None and seconds > arguments.budget:
                    skip[step] = seconds
        print("anchors: %s on %s%s" % (column, arguments.label,
                                        "" if not skip else ", skipping " + ", ".join(sorted(skip))),
              file=sys.stderr, flush=True)
        result["libs"][column] = run_column(column, arguments.csv, {"skip": skip}, arguments.cheap, arguments.timeout)
        with open(os.path.join(folder, arguments.label + ".json"), "w") as f:
            json.dump(result, f, indent=1)
    text = markdown(result)
    with open(os.path.join(folder, arguments.label + ".md"), "w") as f:
        f.write(text)
    print(text)


def command_table(arguments):
    for path in arguments.json:
        print(markdown(json.load(open(path))))


# -------------------------------------------------------------------------------- whole-process jobs
def job_igraph_projection(path):
    import igraph
    c, i, ends_c, ends_i = read_memberships(path)
    graph = igraph.Graph.Bipartite([False] * c + [True] * i, list(zip(ends_c, ends_i)))
    projection = graph.bipartite_projection(multiplicity=True, which=1)
    print("igraph %s: two-mode graph %d nodes, %d edges; institutions projection %d nodes, %d weighted edges"
          % (igraph.__version__, graph.vcount(), graph.ecount(), projection.vcount(), projection.ecount()))


def duckdb_spill_folder(path):
    """Where DuckDB spills for the CSV at `path`: `duckdb-spill` beside it. DuckDB's default is
    `.tmp` in the working directory, which a stopped self-join on huge left holding 31 GB; the
    bench script removes this folder after each job."""
    return os.path.join(os.path.dirname(os.path.abspath(path)), "duckdb-spill")


def duckdb_connection(path):
    """DuckDB in memory on 2 threads (the machine's cores, as instgraph uses) and at most 8 GB, the
    memberships as a table read from the CSV at `path` by DuckDB's own reader: what a user who is
    not a graph person does."""
    import duckdb
    connection = duckdb.connect()
    connection.execute("SET threads TO 2")
    # Past this, DuckDB spills to disk rather than take the machine (the self-join on huge would).
    connection.execute("SET memory_limit = '8GB'")
    connection.execute("SET temp_directory = '%s'" % duckdb_spill_folder(path).replace("'", "''"))
    return connection


def memberships_table(connection, path):
    literal = "'" + path.replace("'", "''") + "'"
    connection.execute("CREATE TABLE m AS SELECT consortium, institution FROM read_csv(%s, header = true)" % literal)


def job_duckdb_summary(path):
    """`instgraph summary`'s counts: consortia, institutions, memberships, and institutions in more
    than one consortium."""
    connection = duckdb_connection(path)
    memberships_table(connection, path)
    counts = connection.execute("""
        SELECT count(DISTINCT consortium), count(DISTINCT institution), count(*),
               (SELECT count(*) FROM (SELECT institution FROM m GROUP BY institution
                                      HAVING count(DISTINCT consortium) > 1))
        FROM m""").fetchone()
    print("duckdb: %d consortia, %d institutions, %d memberships, %d shared" % counts)


def job_duckdb_shared(path):
    """`instgraph shared`: institutions in two consortia or more, most shared first, with their
    consortia listed."""
    connection = duckdb_connection(path)
    memberships_table(connection, path)
    rows = connection.execute("""
        SELECT institution, count(DISTINCT consortium) AS n, string_agg(DISTINCT consortium, '; ') AS consortia
        FROM m GROUP BY institution HAVING n > 1 ORDER BY n DESC, institution""").fetchall()
    print("duckdb: %d shared institutions; the most shared is in %d" % (len(rows), rows[0][1] if rows else 0))


def job_duckdb_overlap(path):
    """`instgraph overlap --top 20`: a self-join of the memberships on the institution, counted by
    pair of consortia, the 20 pairs that share most."""
    connection = duckdb_connection(path)
    memberships_table(connection, path)
    rows = connection.execute("""
        SELECT a.consortium, b.consortium, count(*) AS shared
        FROM (SELECT DISTINCT consortium, institution FROM m) a
        JOIN (SELECT DISTINCT consortium, institution FROM m) b
          ON a.institution = b.institution AND a.consortium < b.consortium
        GROUP BY a.consortium, b.consortium ORDER BY shared DESC, a.consortium, b.consortium LIMIT 20""").fetchall()
    print("duckdb: top pair %s / %s shares %d" % rows[0] if rows else "duckdb: no overlapping pairs")


JOBS = {"igraph-projection": job_igraph_projection, "duckdb-summary": job_duckdb_summary,
        "duckdb-shared": job_duckdb_shared, "duckdb-overlap": job_duckdb_overlap}


def command_job(arguments):
    JOBS[arguments.name](arguments.csv)


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "_worker":
        column, path, plan, cheap = sys.argv[2:6]
        return worker(column, path, json.loads(plan), float(cheap))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="time the steps of each library column on CSV")
    run.add_argument("csv")
    run.add_argument("--label", required=True, help="name of the network: LABEL.json and LABEL.md")
    run.add_argument("--libs", default="igraph,networkit-2t,rustworkx-2t",
                     help="comma-separated columns (default igraph,networkit-2t,rustworkx-2t)")
    run.add_argument("--prev", help="the results JSON of a smaller network, to skip steps over --budget")
    run.add_argument("--budget", type=float, default=120.0, help="seconds a step may be expected to take (120)")
    run.add_argument("--cheap", type=float, default=2.0, help="steps faster than this run three times (2 s)")
    run.add_argument("--timeout", type=float, default=900.0, help="seconds before a column's worker is killed (900)")
    run.add_argument("--out", help="folder of the results (default $BENCH_OUT, else the current folder)")
    job = commands.add_parser("job", help="one whole-process job, to be timed from outside")
    job.add_argument("name", choices=sorted(JOBS))
    job.add_argument("csv")
    table = commands.add_parser("table", help="print stored results as Markdown")
    table.add_argument("json", nargs="+")
    arguments = parser.parse_args()
    {"run": command_run, "job": command_job, "table": command_table}[arguments.command](arguments)


if __name__ == "__main__":
    main()
