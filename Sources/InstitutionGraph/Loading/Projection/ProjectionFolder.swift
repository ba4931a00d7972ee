import Foundation

/// Reads an institutions projection as `spark/instgraph_spark.py` writes it: a folder with a node
/// table and an edge table, each one CSV file (`nodes.csv`, `edges.csv`) or a folder of CSV parts
/// (`nodes/part-*.csv`), and the counts of the membership table (`summary.csv`) when there are
/// any. The job's whole output folder, which holds the projection in `projection/`, is read too,
/// with the pairs of consortia that share most institutions (`overlap.csv`) when it wrote them.
///
/// - Node table: `id,key,name,kind,consortia`: ids 0, 1, … (in any order, each once), what tells
///   the institution apart (its name, or an id such as a PIC; without the column, the name does),
///   the name shown, the kind (may be empty) and how many consortia the institution is in.
/// - Edge table: `source,target,shared,newman`: two node ids, the consortia they share and
///   Newman's weight Σ 1/(*n* − 1) over those consortia of *n* members; each pair once.
public enum ProjectionFolder {
    /// Whether `url` is a folder that holds a projection (or the job's output, with one inside).
    public static func holdsProjection(_ url: URL) -> Bool {
        tables(in: url) != nil
    }

    /// The files a projection in `url` is read from.
    public static func files(in url: URL) -> [URL] {
        guard let tables = tables(in: url) else { return [] }
        return tables.nodes + tables.edges + [tables.summary, tables.overlap].compactMap { $0 }
    }

    /// Reads the projection in the folder at `url`; `displayPath` names it in diagnostics.
    ///
    /// - Throws: ``DatasetLoadError`` naming the file, line and column of what is wrong.
    /// - Complexity: O(nodes + edges), one part file in memory at a time.
    public static func load(_ url: URL, displayPath: String) throws -> InstitutionNetwork {
        guard let tables = tables(in: url) else {
            throw DatasetLoadError(
                "holds no projection: expected nodes/ and edges/ (or nodes.csv and edges.csv), as spark/instgraph_spark.py writes them",
                at: SourceLocation(file: displayPath))
        }
        let name = { (file: URL) in
            guard file.path.hasPrefix(url.path + "/") else {
                // The job's overlap.csv, beside the projection folder named.
                let parent = (displayPath as NSString).deletingLastPathComponent
                return parent.isEmpty ? file.lastPathComponent : parent + "/" + file.lastPathComponent
            }
            return displayPath + String(file.path.dropFirst(url.path.count))
        }
        let nodes = try NodeTable(files: tables.nodes, name: name)
        var edges = EdgeList(nodeCount: nodes.names.count)
        for file in tables.edges {
            try edges.read(InputText(contentsOf: file, displayPath: name(file)))
        }
        let counts = try tables.summary.map { try readCounts(InputText(contentsOf: $0, displayPath: name($0))) } ?? []
        let overlaps = try tables.overlap.map { try readOverlaps(InputText(contentsOf: $0, displayPath: name($0))) } ?? []
        // A pair listed twice may span two parts: the error names the table.
        let edgeTable = tables.edges.first.map { $0.lastPathComponent == "edges.csv" ? name($0) : name($0.deletingLastPathComponent()) }
        let (projection, newman) = try edges.graphs(displayPath: edgeTable ?? displayPath)
        let institutions = nodes.names.indices.map { node in
            Institution(
                id: nodes.keys[node], name: LocalizedName(guessingLanguageOf: nodes.names[node]),
                kind: nodes.kinds[node].isEmpty ? nil : InstitutionKind(rawValue: nodes.kinds[node]))
        }
        let title =
            url.standardizedFileURL.lastPathComponent == "projection"
            ? url.standardizedFileURL.deletingLastPathComponent().lastPathComponent : url.lastPathComponent
        return InstitutionNetwork(
            dataset: Dataset(title: LocalizedName(guessingLanguageOf: title), institutions: institutions, consortia: []),
            consortiumCounts: nodes.consortia, projection: projection, newmanWeights: newman, counts: counts, overlaps: overlaps)
    }

    /// The node, edge, summary and overlap files in `url`, or in its `projection` folder (the
    /// overlap file beside that folder, where the job writes it).
    private static func tables(in url: URL) -> (nodes: [URL], edges: [URL], summary: URL?, overlap: URL?)? {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else { return nil }
        let files = { (name: String) -> [URL]? in
            let folder = url.appendingPathComponent(name)
            if manager.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue {
                let parts = (try? manager.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasSuffix(".csv") && !$0.hasPrefix(".") }.sorted()
                return parts.map { $0.map { folder.appendingPathComponent($0) } }
            }
            let file = url.appendingPathComponent(name + ".csv")
            return manager.fileExists(atPath: file.path) ? [file] : nil
        }
        if let nodes = files("nodes"), let edges = files("edges"), !nodes.isEmpty {
            let summary = url.appendingPathComponent("summary.csv")
            let jobFolder = url.standardizedFileURL.lastPathComponent == "projection" ? url.standardizedFileURL.deletingLastPathComponent() : url
            let overlap = jobFolder.appendingPathComponent("overlap.csv")
            return (nodes, edges, manager.fileExists(atPath: summary.path) ? summary : nil, manager.fileExists(atPath: overlap.path) ? overlap : nil)
        }
        if url.lastPathComponent != "projection" { return tables(in: url.appendingPathComponent("projection")) }
        return nil
    }

    /// The rows of `measure,count`.
    private static func readCounts(_ text: InputText) throws -> [(measure: String, count: Int)] {
        var reader = CSVRecordReader(text, delimiter: .comma)
        guard let header = try reader.next() else { return [] }
        guard header.fields == ["measure", "count"] else {
            throw DatasetLoadError("expected the header 'measure,count'", at: reader.location(ofRow: header))
        }
        var counts: [(measure: String, count: Int)] = []
        while let record = try reader.next() {
            guard record.fields.count == 2, let count = Int(record.fields[1]), count >= 0 else {
                throw DatasetLoadError("expected a measure and a count of 0 or more", at: reader.location(ofRow: record))
            }
            counts.append((record.fields[0], count))
        }
        return counts
    }
}

extension ProjectionFolder {
    /// The columns of the job's `overlap.csv`.
    static let overlapHeader = ["consortium A", "consortium B", "shared", "jaccard", "overlap", "shared institutions"]

    /// The pairs of the job's `overlap.csv`, in its order.
    private static func readOverlaps(_ text: InputText) throws -> [ListedOverlap] {
        var reader = CSVRecordReader(text, delimiter: .comma)
        guard let header = try reader.next() else { return [] }
        guard header.fields == overlapHeader else {
            throw DatasetLoadError(
                "expected the header '\(overlapHeader.joined(separator: ","))', as the Spark job writes it", at: reader.location(ofRow: header))
        }
        var pairs: [ListedOverlap] = []
        while let record = try reader.next() {
            guard record.fields.count == overlapHeader.count else {
                throw DatasetLoadError(
                    "expected \(overlapHeader.count) fields as in the header, found \(record.fields.count)", at: reader.location(ofRow: record))
            }
            guard let shared = Int(record.fields[2]), shared > 0 else {
                throw DatasetLoadError(
                    "'\(record.fields[2].excerpt())' is not a count of shared institutions (1 or more)", at: reader.location(of: 2, in: record))
            }
            guard let jaccard = Double(record.fields[3]), (0...1).contains(jaccard) else {
                throw DatasetLoadError("'\(record.fields[3].excerpt())' is not a Jaccard index (0 to 1)", at: reader.location(of: 3, in: record))
            }
            pairs.append(
                ListedOverlap(first: record.fields[0], second: record.fields[1], shared: shared, jaccard: jaccard, institutions: record.fields[5]))
        }
        return pairs
    }
}

/// The node table of a projection folder: keys, names, kinds and consortium counts by node id.
private struct NodeTable {
    var keys: [String] = []
    var names: [String] = []
    var kinds: [String] = []
    var consortia: [Int] = []

    init(files: [URL], name: (URL) -> String) throws {
        var rows: [(id: Int, key: String, name: String, kind: String, consortia: Int, location: SourceLocation)] = []
        for file in files {
            var reader = CSVRecordReader(try InputText(contentsOf: file, displayPath: name(file)), delimiter: .comma)
            guard let header = try reader.next() else { continue }
            let expected = ["id", "name", "kind", "consortia"]
            let position = expected.map { header.fields.firstIndex(of: $0) }
            guard position.allSatisfy({ $0 != nil }) else {
                let missing = zip(expected, position).filter { $0.1 == nil }.map(\.0)
                throw DatasetLoadError(
                    "the node table needs the columns id, name, kind and consortia; missing: \(missing.joined(separator: ", "))",
                    at: reader.location(ofRow: header))
            }
            let (id, nameColumn, kind, count) = (position[0]!, position[1]!, position[2]!, position[3]!)
            let keyColumn = header.fields.firstIndex(of: "key")
            while let record = try reader.next() {
                guard record.fields.count == header.fields.count else {
                    throw DatasetLoadError(
                        "expected \(header.fields.count) fields as in the header, found \(record.fields.count)", at: reader.location(ofRow: record))
                }
                guard let node = Int(record.fields[id]), node >= 0 else {
                    throw DatasetLoadError("'\(record.fields[id].excerpt())' is not a node id (0, 1, …)", at: reader.location(of: id, in: record))
                }
                guard !record.fields[nameColumn].isEmpty else {
                    throw DatasetLoadError("node \(node) has no name", at: reader.location(of: nameColumn, in: record))
                }
                guard let consortia = Int(record.fields[count]), consortia >= 0 else {
                    throw DatasetLoadError(
                        "'\(record.fields[count].excerpt())' is not a count of consortia", at: reader.location(of: count, in: record))
                }
                let key = keyColumn.map { record.fields[$0] } ?? record.fields[nameColumn]
                guard !key.isEmpty else { throw DatasetLoadError("node \(node) has no key", at: reader.location(of: keyColumn ?? nameColumn, in: record)) }
                rows.append((node, key, record.fields[nameColumn], record.fields[kind], consortia, reader.location(ofRow: record)))
            }
        }
        keys = Array(repeating: "", count: rows.count)
        names = Array(repeating: "", count: rows.count)
        kinds = Array(repeating: "", count: rows.count)
        consortia = Array(repeating: 0, count: rows.count)
        var seen = [Bool](repeating: false, count: rows.count)
        var nodeNamed: [String: Int] = [:]
        for row in rows {
            guard row.id < rows.count else {
                throw DatasetLoadError("node id \(row.id) is out of range: the \(rows.count) nodes are numbered 0 to \(rows.count - 1)", at: row.location)
            }
            guard !seen[row.id] else { throw DatasetLoadError("node id \(row.id) is given twice", at: row.location) }
            if let other = nodeNamed.updateValue(row.id, forKey: row.key) {
                throw DatasetLoadError(
                    "the key '\(row.key.excerpt())' is given to nodes \(other) and \(row.id); keys tell institutions apart", at: row.location)
            }
            seen[row.id] = true
            (keys[row.id], names[row.id], kinds[row.id], consortia[row.id]) = (row.key, row.name, row.kind, row.consortia)
        }
    }
}
