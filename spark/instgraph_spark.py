#!/usr/bin/env python3
"""instgraph's heavy joins on Apache Spark.

Reads a membership table (one row per institution in a consortium: CSV with instgraph's column
mapping, or Parquet) and writes, in instgraph's own output schemas:

  summary.csv         the counts of `instgraph summary` (measure,count)
  shared/             `instgraph shared --format csv`: institutions in --min-consortia or more
  overlap.csv         `instgraph overlap --top N --format csv`: the pairs that share most (not with --top 0)
  projection/nodes/   the institutions projection's nodes: id,key,name,kind,consortia
  projection/edges/   its ties: source,target,shared,newman (Newman: sum of 1/(n-1))
  projection/summary.csv  a copy of summary.csv, so the projection folder says where it came from

`instgraph centrality OUT/projection --graph institutions` (and communities, brokerage, render,
export, report) then analyse the projection on one machine. See spark/README.md.
"""

import argparse
import difflib
import os
import shutil
import sys
import time

DEFAULT_COLUMNS = {
    "consortium": ["consortium", "컨소시엄", "과제"],
    "institution": ["institution", "기관", "기관명"],
    "role": ["role", "역할"],
    "kind": ["kind", "유형"],
}
DEFAULT_LEAD_ROLES = ["lead", "coordinator", "주관", "주관기관"]
# Kind names that mean one of instgraph's styled kinds when no kind map is given.
KIND_SYNONYMS = {
    "대학": "university", "대학교": "university", "university": "university",
    "기업": "company", "회사": "company", "company": "company",
    "연구기관": "research-institute", "연구소": "research-institute", "출연연": "research-institute",
    "research-institute": "research-institute", "research institute": "research-institute",
    "공공기관": "public", "public": "public",
}


class JobError(Exception):
    """A problem with the input or the options, told to the user in one line."""


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        prog="instgraph_spark.py",
        description="Summary, shared institutions, top overlapping pairs and the institutions projection "
        "of a membership table, on Spark, in instgraph's output schemas.")
    parser.add_argument("input", help="a membership table: a CSV file or folder, or Parquet with --input-format parquet")
    parser.add_argument("-o", "--output", required=True, help="the folder to write (must not exist, or be empty)")
    parser.add_argument("--input-format", choices=["csv", "parquet"], help="default: from the extension, else csv")
    parser.add_argument("--columns", help="a YAML mapping file, as instgraph's --columns (needs PyYAML)")
    parser.add_argument("--delimiter", help="the CSV delimiter: ',', ';', tab or '|' (default: ',')")
    parser.add_argument("--consortium-column", help="default: consortium, 컨소시엄 or 과제")
    parser.add_argument("--consortium-name-column", help="a column that labels the consortium instead of its id")
    parser.add_argument("--institution-column", help="default: institution, 기관 or 기관명")
    parser.add_argument("--institution-id-column", help="a column that identifies the institution (e.g. a PIC)")
    parser.add_argument("--role-column", help="default: role or 역할, when present")
    parser.add_argument("--lead-role", action="append", help="a role value that means the lead; repeat for several")
    parser.add_argument("--member-role", action="append", help="a role value that means a member; others are then an error")
    parser.add_argument("--skip-role", action="append", help="a role value whose rows are left out; repeat for several")
    parser.add_argument("--kind-column", help="default: kind or 유형, when present")
    parser.add_argument("--kind-map", action="append", metavar="CODE=KIND", help="a kind code and the kind it stands for")
    parser.add_argument("--min-consortia", type=int, default=2, help="shared: institutions in at least this many consortia")
    parser.add_argument("--top", type=int, default=20,
                        help="overlap: the N pairs that share most institutions (a prefix-filtered similarity join); "
                        "0 leaves overlap.csv out")
    parser.add_argument("--partitions", type=int, help="output files per table (default: Spark's)")
    arguments = parser.parse_args(argv)
    if arguments.min_consortia < 1:
        parser.error("--min-consortia must be 1 or more")
    if arguments.top < 0:
        parser.error("--top must be 0 or more")
    return arguments


def mapping_from(arguments):
    """The column mapping: a --columns file overridden by the flags, as instgraph does."""
    mapping = {}
    if arguments.columns:
        try:
            import yaml
        except ImportError as error:
            raise JobError("--columns needs PyYAML: pip install pyyaml") from error
        with open(arguments.columns, encoding="utf-8") as file:
            loaded = yaml.safe_load(file) or {}
        if not isinstance(loaded, dict):
            raise JobError(f"{arguments.columns}: expected a mapping of keys such as consortium-column")
        for key, value in loaded.items():
            mapping[key.replace("-", "_")] = value
    for key in ["delimiter", "consortium_column", "consortium_name_column", "institution_column", "institution_id_column",
                "role_column", "lead_role", "member_role", "skip_role", "kind_column"]:
        value = getattr(arguments, key)
        if value is not None:
            mapping[key] = value
    if arguments.kind_map:
        kinds = {}
        for entry in arguments.kind_map:
            code, separator, kind = entry.partition("=")
            if not separator or not code.strip() or not kind.strip():
                raise JobError(f"--kind-map '{entry}': write CODE=KIND, e.g. HES=university")
            kinds[code.strip()] = kind.strip()
        mapping["kind_map"] = kinds
    for key in ["consortium_column", "consortium_name_column", "institution_column", "institution_id_column", "role_column",
                "kind_column"]:
        value = mapping.get(key)
        if isinstance(value, str):
            mapping[key] = [value]
    for key in ["lead_role", "member_role", "skip_role"]:
        value = mapping.get(key)
        if isinstance(value, str):
            mapping[key] = [value]
    return mapping


def find_column(header, candidates, what, required, flag):
    """The header's column among `candidates` (case-insensitive, spaces trimmed), as instgraph finds it."""
    keys = [name.strip(" \t").lower() for name in header]
    for candidate in candidates:
        key = candidate.strip(" \t").lower()
        if key in keys:
            return header[keys.index(key)]
    if not required:
        return None
    close = difflib.get_close_matches(candidates[0].lower(), keys, n=1)
    hint = f" Did you mean '{header[keys.index(close[0])]}'?" if close else ""
    raise JobError(f"no {what} column: looked for {', '.join(repr(c) for c in candidates)} among "
                   f"{', '.join(repr(h) for h in header)}.{hint} Name it with {flag}.")


def csv_field(text):
    """A CSV field as instgraph writes it: quoted when it holds a comma, a quote or a line break."""
    text = "" if text is None else str(text)
    if any(character in text for character in ',"\n\r'):
        return '"' + text.replace('"', '""') + '"'
    return text


def write_small_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as file:
        for row in [header] + rows:
            file.write(",".join(csv_field(field) for field in row) + "\n")


def main(argv):
    arguments = parse_arguments(argv)
    mapping = mapping_from(arguments)
    if "://" in arguments.output:
        raise JobError(f"{arguments.output}: write to a folder of a file system the driver mounts (a local path, /dbfs/…, NFS), "
                       "then copy it where you like")
    if os.path.exists(arguments.output) and (not os.path.isdir(arguments.output) or os.listdir(arguments.output)):
        raise JobError(f"{arguments.output} exists and is not an empty folder; choose a new one (nothing was written)")
    # Everything is written to a staging folder that takes the output's name once complete, so a
    # failed run leaves no partial output.
    output = arguments.output.rstrip("/")
    staging = f"{output}.incomplete-{os.getpid()}"
    input_format = arguments.input_format or ("parquet" if arguments.input.rstrip("/").endswith(".parquet") else "csv")
    if not os.path.exists(arguments.input) and "://" not in arguments.input:
        raise JobError(f"{arguments.input}: no such file or folder")

    from pyspark.sql import SparkSession, Window
    from pyspark.sql import functions as F

    spark = SparkSession.builder.appName("instgraph").getOrCreate()
    spark.sparkContext.setLogLevel("WARN")

    if input_format == "parquet":
        table = spark.read.parquet(arguments.input)
    else:
        delimiter = mapping.get("delimiter", ",")
        delimiter = {"tab": "\t", "\\t": "\t"}.get(delimiter, delimiter)
        if delimiter not in [",", ";", "\t", "|"]:
            raise JobError(f"--delimiter '{delimiter}': use ',', ';', tab or '|'")
        table = (spark.read.option("header", True).option("sep", delimiter).option("quote", '"').option("escape", '"')
                 .option("encoding", "UTF-8").option("mode", "FAILFAST").csv(arguments.input))
        # A byte order mark stays on the first header; instgraph reads past it.
        table = table.toDF(*[name.lstrip("\ufeff") for name in table.columns])
    # The order rows are read in: consortia and institutions are numbered by their first row.
    table = table.withColumn("_row", F.monotonically_increasing_id())
    header = [name for name in table.columns if name != "_row"]

    consortium_column = find_column(header, mapping.get("consortium_column") or DEFAULT_COLUMNS["consortium"], "consortium", True,
                                    "--consortium-column")
    institution_column = find_column(header, mapping.get("institution_column") or DEFAULT_COLUMNS["institution"], "institution",
                                     True, "--institution-column")
    id_column = find_column(header, mapping["institution_id_column"], "institution id", True, "--institution-id-column") \
        if mapping.get("institution_id_column") else None
    label_column = find_column(header, mapping["consortium_name_column"], "consortium name", True, "--consortium-name-column") \
        if mapping.get("consortium_name_column") else None
    role_column = find_column(header, mapping.get("role_column") or DEFAULT_COLUMNS["role"], "role",
                              bool(mapping.get("role_column")), "--role-column")
    kind_column = find_column(header, mapping.get("kind_column") or DEFAULT_COLUMNS["kind"], "kind",
                              bool(mapping.get("kind_column")), "--kind-column")

    def trimmed(column):
        return F.regexp_replace(F.col(f"`{column}`").cast("string"), r"^[ \t]+|[ \t]+$", "")

    rows = table.select(
        "_row",
        trimmed(consortium_column).alias("consortium"),
        trimmed(institution_column).alias("name"),
        (trimmed(id_column) if id_column else trimmed(institution_column)).alias("key"),
        (trimmed(label_column) if label_column else F.lit(None).cast("string")).alias("label"),
        (trimmed(role_column) if role_column else F.lit(None).cast("string")).alias("role"),
        (trimmed(kind_column) if kind_column else F.lit(None).cast("string")).alias("kind"))

    # Roles: rows with a skipped role are left out; with member roles listed, any other is an error.
    if role_column:
        lower_role = F.lower(F.col("role"))
        skip = [value.strip(" \t").lower() for value in mapping.get("skip_role") or []]
        if skip:
            rows = rows.where(F.col("role").isNull() | ~lower_role.isin(skip))
        if mapping.get("member_role"):
            known = [value.strip(" \t").lower() for value in (mapping.get("lead_role") or DEFAULT_LEAD_ROLES) + mapping["member_role"]]
            unmapped = rows.where(F.col("role").isNotNull() & (F.col("role") != "") & ~lower_role.isin(known)).select("role").distinct().limit(5).collect()
            if unmapped:
                values = ", ".join(repr(row.role) for row in unmapped)
                raise JobError(f"role values {values} are neither lead, member nor skipped roles; add them with --member-role, "
                               "--lead-role or --skip-role")

    empty = rows.where((F.col("consortium").isNull()) | (F.col("consortium") == "") | F.col("key").isNull() | (F.col("key") == ""))
    first_empty = empty.limit(1).collect()
    if first_empty:
        raise JobError(f"{arguments.input}: {empty.count()} rows have an empty consortium or institution cell; "
                       "run `instgraph validate` on the file to see their lines and columns")
    rows = rows.cache()

    # Kinds: mapped through the kind map (codes compared lower-cased), else the styled synonyms.
    kind_map = {code.strip(" \t").lower(): kind for code, kind in (mapping.get("kind_map") or {}).items()}
    kinds = kind_map or KIND_SYNONYMS
    mapped_kind = F.col("kind")
    if kinds:
        lookup = F.create_map(*[item for code, kind in kinds.items() for item in (F.lit(code), F.lit(kind))])
        mapped_kind = F.coalesce(lookup[F.lower(F.col("kind"))], F.col("kind"))

    # Consortia, numbered by first row, labelled by their first non-empty label.
    consortia = rows.groupBy("consortium").agg(
        F.min("_row").alias("first"),
        F.min_by("label", F.when((F.col("label").isNotNull()) & (F.col("label") != ""), F.col("_row"))).alias("label"))
    # A label given to several consortia (two projects with one acronym) is told apart by the id.
    label_uses = consortia.where(F.col("label").isNotNull()).groupBy("label").agg(F.count("*").alias("uses"))
    consortia = numbered(consortia.join(label_uses, "label", "left"), "first", "c") \
        .withColumn("consortium_name", F.when(F.col("uses") > 1, F.concat(F.col("label"), F.lit(" ("), F.col("consortium"), F.lit(")")))
                    .otherwise(F.coalesce(F.col("label"), F.col("consortium")))) \
        .select("consortium", "c", "consortium_name")

    # Institutions, numbered by first row; named by their most frequent name (first met among
    # equals) when an id column tells them apart; kind from their first row that gives one.
    names = rows.groupBy("key", "name").agg(F.count("*").alias("uses"), F.min("_row").alias("first"))
    best_name = names.withColumn(
        "rank", F.row_number().over(Window.partitionBy("key").orderBy(F.desc("uses"), F.asc("first")))).where("rank = 1") \
        .select("key", F.col("name").alias("shown"))
    institution_kinds = rows.where(F.col("kind").isNotNull() & (F.col("kind") != "")).groupBy("key") \
        .agg(F.min_by(mapped_kind, F.col("_row")).alias("kind"))
    institutions = numbered(rows.groupBy("key").agg(F.min("_row").alias("first")), "first", "i") \
        .join(best_name, "key").join(institution_kinds, "key", "left").select("key", "i", "shown", "kind")

    memberships = rows.select("consortium", "key").distinct() \
        .join(consortia, "consortium").join(institutions.select("key", "i"), "key") \
        .select("c", "i").cache()
    sizes = memberships.groupBy("c").agg(F.count("*").alias("size")).cache()
    degree = memberships.groupBy("i").agg(F.count("*").alias("consortia"))
    institutions = institutions.join(degree, "i").cache()

    step = Steps()
    consortium_count = consortia.count()
    institution_count = institutions.count()
    membership_count = memberships.count()
    shared_count = institutions.where(F.col("consortia") >= 2).count()
    step.done("read and numbered")
    components = connected_components(spark, memberships, consortium_count)
    step.done("connected components")

    os.makedirs(staging)
    try:
        summary_rows = [["consortia", consortium_count], ["institutions", institution_count], ["memberships", membership_count],
                        ["connected components", components], ["institutions in 2+ consortia", shared_count]]
        write_small_csv(os.path.join(staging, "summary.csv"), ["measure", "count"], summary_rows)

        # Shared: most shared first, then by name; each one's consortia in consortium order.
        shared = memberships.join(institutions.where(F.col("consortia") >= arguments.min_consortia).select("i", "shown", "kind", "consortia"), "i") \
            .join(consortia.select("c", "consortium_name"), "c") \
            .groupBy("i", "shown", "kind", "consortia") \
            .agg(F.array_join(F.transform(F.array_sort(F.collect_list(F.struct("c", "consortium_name"))), lambda x: x["consortium_name"]),
                              ", ").alias("in")) \
            .orderBy(F.desc("consortia"), F.asc("shown")) \
            .select(F.col("shown").alias("institution"), F.coalesce(F.col("kind"), F.lit("")).alias("kind"), "consortia", "in")
        write_table(shared, os.path.join(staging, "shared"), arguments.partitions)
        step.done("shared")

        if arguments.top > 0:
            write_overlap(memberships, sizes, consortia, institutions, arguments.top, os.path.join(staging, "overlap.csv"))
            step.done("overlap")

        # The institutions projection: every pair of institutions that share a consortium, weighted by
        # the consortia they share and by Newman's Σ 1/(n−1), added up in consortium order as
        # instgraph adds it.
        projection = os.path.join(staging, "projection")
        nodes = institutions.orderBy("i").select(F.col("i").alias("id"), "key", F.col("shown").alias("name"),
                                                 F.coalesce(F.col("kind"), F.lit("")).alias("kind"), "consortia")
        write_table(nodes, os.path.join(projection, "nodes"), arguments.partitions)
        weighted = memberships.join(sizes.where("size > 1"), "c").withColumn("share", 1.0 / (F.col("size") - 1))
        left = weighted.select("c", F.col("i").alias("source"), "share")
        right = weighted.select("c", F.col("i").alias("target"))
        edges = left.join(right, "c").where(F.col("source") < F.col("target")).groupBy("source", "target").agg(
            F.count("*").alias("shared"),
            F.aggregate(F.array_sort(F.collect_list(F.struct("c", "share"))), F.lit(0.0).cast("double"),
                        lambda total, x: total + x["share"]).alias("newman"))
        write_table(edges, os.path.join(projection, "edges"), arguments.partitions)
        write_small_csv(os.path.join(projection, "summary.csv"), ["measure", "count"], summary_rows)
        step.done("projection")
        spark.stop()
        if os.path.isdir(output):
            os.rmdir(output)
        os.rename(staging, output)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


class Steps:
    """Says on standard error when each step of the job is done, and how long it took."""

    def __init__(self):
        self.start = time.monotonic()

    def done(self, name):
        now = time.monotonic()
        print(f"instgraph_spark: {name}: {now - self.start:.1f} s", file=sys.stderr, flush=True)
        self.start = now


def numbered(frame, order, name):
    """`frame` with a column `name` that numbers its rows 0, 1, … in the order of the distinct
    values of `order`, computed on every partition: a global sort, then each row's place in its
    partition plus the rows of the partitions before it. (A window without a partition would move
    every row to one task.)"""
    from pyspark.sql import functions as F
    spark = frame.sparkSession
    ordered = frame.orderBy(order).withColumn("_partition", F.spark_partition_id()) \
        .withColumn("_place", F.monotonically_increasing_id().bitwiseAND(F.lit((1 << 33) - 1))).localCheckpoint()
    offsets, total = [], 0
    for row in sorted(ordered.groupBy("_partition").agg(F.count("*").alias("rows")).collect()):
        offsets.append((row["_partition"], total))
        total += row["rows"]
    starts = spark.createDataFrame(offsets, "_partition int, _start long")
    return ordered.join(F.broadcast(starts), "_partition").withColumn(name, (F.col("_start") + F.col("_place")).cast("int")) \
        .drop("_partition", "_place", "_start")


def connected_components(spark, memberships, consortium_count):
    """Components of the two-mode graph by label propagation: each consortium takes the least
    label among its institutions' consortia, and then its label's own label (pointer jumping,
    which shortens the rounds from the graph's diameter to about its logarithm), until no label
    changes."""
    from pyspark.sql import functions as F
    labels = memberships.select("c").distinct().withColumn("label", F.col("c"))
    while True:
        institution_labels = memberships.join(labels, "c").groupBy("i").agg(F.min("label").alias("label"))
        propagated = memberships.join(institution_labels, "i").groupBy("c").agg(F.min("label").alias("label"))
        updated = propagated.join(propagated.select(F.col("c").alias("label"), F.col("label").alias("jump")), "label", "left") \
            .select("c", F.least(F.col("label"), F.coalesce(F.col("jump"), F.col("label"))).alias("label")).localCheckpoint()
        changed = updated.join(labels.withColumnRenamed("label", "old"), "c").where(F.col("label") != F.col("old")).limit(1).count()
        labels = updated
        if changed == 0:
            return labels.select("label").distinct().count() + (consortium_count - labels.count())


def write_overlap(memberships, sizes, consortia, institutions, top, path):
    """The `top` pairs of consortia that share most institutions (ties: earlier consortia first).

    A similarity join with prefix filtering. A pair that shares t institutions or more has two
    consortia of t members or more; and, each consortium's members ordered rarest first (by how
    many consortia they are in, then by number), the two share one of the first |c| - t + 1 members
    of each (their prefixes). t is the top-th largest overlap among the largest consortia, a lower
    bound of the answer's weakest pair, so every pair of the answer shares a prefix member; each
    such candidate's overlap is then counted exactly. Hubs, in thousands of consortia, sit at the
    end of every large consortium's order and pair nothing: the self-join that pairs every
    consortium through them is what this avoids."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    def pairs_through(table):
        first, second = table.select(F.col("c").alias("first"), "i"), table.select(F.col("c").alias("second"), "i")
        return first.join(second, "i").where(F.col("first") < F.col("second"))

    # A threshold every pair of the answer reaches: the top-th overlap among the largest consortia.
    largest = sizes.orderBy(F.desc("size"), F.asc("c")).limit(max(2 * top + 1, 1000)).select("c")
    among_largest = pairs_through(memberships.join(F.broadcast(largest), "c")).groupBy("first", "second").agg(F.count("*").alias("shared"))
    strongest = [row["shared"] for row in among_largest.orderBy(F.desc("shared")).limit(top).collect()]
    threshold = strongest[-1] if len(strongest) >= top else 1

    eligible = sizes.where(F.col("size") >= threshold)
    ranked = memberships.join(eligible, "c").join(institutions.select("i", "consortia"), "i")
    rarest_first = Window.partitionBy("c").orderBy(F.asc("consortia"), F.asc("i"))
    prefixes = ranked.withColumn("position", F.row_number().over(rarest_first)) \
        .where(F.col("position") <= F.col("size") - threshold + 1).select("c", "i")
    candidates = pairs_through(prefixes).select("first", "second").distinct()
    members = memberships.join(eligible.select("c"), "c").groupBy("c").agg(F.array_sort(F.collect_list("i")).alias("members"))
    counted = candidates \
        .join(members.select(F.col("c").alias("first"), F.col("members").alias("in_first")), "first") \
        .join(members.select(F.col("c").alias("second"), F.col("members").alias("in_second")), "second") \
        .select("first", "second", F.size(F.array_intersect("in_first", "in_second")).alias("shared")) \
        .where(F.col("shared") >= threshold)
    best = counted.orderBy(F.desc("shared"), F.asc("first"), F.asc("second")).limit(top).collect()
    rows = []
    if best:
        spark = memberships.sparkSession
        chosen = spark.createDataFrame([(row["first"], row["second"], row["shared"]) for row in best], "first int, second int, shared long")
        details = chosen \
            .join(sizes.select(F.col("c").alias("first"), F.col("size").alias("a")), "first") \
            .join(sizes.select(F.col("c").alias("second"), F.col("size").alias("b")), "second") \
            .join(consortia.select(F.col("c").alias("first"), F.col("consortium_name").alias("name_a")), "first") \
            .join(consortia.select(F.col("c").alias("second"), F.col("consortium_name").alias("name_b")), "second")
        names = chosen.select("first", "second") \
            .join(memberships.select(F.col("c").alias("first"), "i"), "first") \
            .join(memberships.select(F.col("c").alias("second"), "i"), ["second", "i"]) \
            .join(institutions.select("i", "shown"), "i") \
            .groupBy("first", "second") \
            .agg(F.array_join(F.transform(F.array_sort(F.collect_list(F.struct("i", "shown"))), lambda x: x["shown"]), ", ").alias("names"))
        found = details.join(names, ["first", "second"]).collect()
        for row in sorted(found, key=lambda row: (-row["shared"], row["first"], row["second"])):
            a, b, shared = row["a"], row["b"], row["shared"]
            rows.append([row["name_a"], row["name_b"], shared, "%.3f" % (shared / (a + b - shared)), "%.3f" % (shared / min(a, b)),
                         row["names"]])
    write_small_csv(path, ["consortium A", "consortium B", "shared", "jaccard", "overlap", "shared institutions"], rows)


def write_table(frame, path, partitions):
    """A table as CSV parts (in order, for a sorted frame), a header in each, fields quoted as
    instgraph quotes them."""
    if partitions:
        frame = frame.coalesce(partitions)
    frame.write.option("header", True).option("quote", '"').option("escape", '"').option("emptyValue", "") \
        .option("lineSep", "\n").mode("errorifexists").csv(path)


if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except JobError as error:
        print(f"instgraph_spark: error: {error}", file=sys.stderr)
        sys.exit(1)
