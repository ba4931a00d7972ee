import Foundation
@testable import InstitutionGraph
import Testing

/// Reading an institutions projection folder as the Spark job writes it: the same graph as
/// projecting the dataset here, and errors that point at the line and column.
@Suite("Projection folders")
struct ProjectionFolderTests {
    /// Writes `dataset`'s projection as the Spark job would: node and edge tables split into
    /// parts, rows in a shuffled order, each tie once, Newman weights in shortest round-trip form.
    static func writeProjection(of dataset: Dataset, seed: UInt64, in folder: TemporaryFolder) throws {
        var generator = SplitMix64(seed: seed)
        let bipartite = BipartiteGraph(dataset)
        let counted = bipartite.projection(onto: .institution)
        let newman = bipartite.projection(onto: .institution, weighting: .newman)
        let memberOf = dataset.consortiaByInstitution()
        let nodes = dataset.institutions.indices.shuffled(using: &generator).map { index in
            "\(index),\(dataset.institutions[index].name.preferred(.english)),\(dataset.institutions[index].kind?.rawValue ?? ""),\(memberOf[index].count)"
        }
        let edges = zip(counted.edges, newman.edges).filter { $0.0.source < $0.0.target }.shuffled(using: &generator).map { count, newman in
            Bool.random(using: &generator)
                ? "\(count.source),\(count.target),\(Int(count.weight)),\(newman.weight)"
                : "\(count.target),\(count.source),\(Int(count.weight)),\(newman.weight)"
        }
        try FileManager.default.createDirectory(at: folder.url.appending(path: "nodes"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.url.appending(path: "edges"), withIntermediateDirectories: true)
        let half = { (rows: [String]) in (Array(rows.prefix(rows.count / 2)), Array(rows.dropFirst(rows.count / 2))) }
        for (name, header, rows) in [("nodes", "id,name,kind,consortia", nodes), ("edges", "source,target,shared,newman", edges)] {
            let (first, second) = half(rows)
            _ = try folder.write("\(name)/part-00000.csv", ([header] + first).joined(separator: "\n") + "\n")
            _ = try folder.write("\(name)/part-00001.csv", ([header] + second).joined(separator: "\n") + "\n")
        }
        _ = try folder.write("summary.csv", "measure,count\nconsortia,\(dataset.consortia.count)\nmemberships,\(dataset.membershipCount)\n")
    }

    @Test("a written projection reads back as the projection made here, both weightings, with the same centrality", arguments: 0..<12)
    func roundTrip(seed: UInt64) throws {
        let dataset = RandomDatasets.make(seed: seed, consortia: 5 + Int(seed) * 3, institutions: 12 + Int(seed) * 4)
        let folder = try TemporaryFolder()
        try Self.writeProjection(of: dataset, seed: seed, in: folder)
        #expect(ProjectionFolder.holdsProjection(folder.url))
        let network = try ProjectionFolder.load(folder.url, displayPath: "out")
        let bipartite = BipartiteGraph(dataset)
        #expect(network.projection == bipartite.projection(onto: .institution))
        #expect(network.projection(weighting: .newman) == bipartite.projection(onto: .institution, weighting: .newman))
        #expect(network.consortiumCounts == dataset.consortiaByInstitution().map(\.count))
        #expect(network.dataset.institutions.map(\.name) == dataset.institutions.map(\.name))
        #expect(network.dataset.consortia.isEmpty)
        #expect(network.counts.map(\.measure) == ["consortia", "memberships"])
        #expect(network.counts.map(\.count) == [dataset.consortia.count, dataset.membershipCount])
        let here = try DatasetAnalysis(dataset, threads: 2).centrality(on: .institutions)
        let read = try DatasetAnalysis(network, threads: 2).centrality(on: .institutions)
        #expect(read == here)
        let holes = (try DatasetAnalysis(network, threads: 1).brokerage().holes, try dataset.brokerage(threads: 1).holes)
        #expect(BrokerageSweepTests.identical(holes.0, holes.1))
    }

    @Test("the job's whole output folder is read through its projection folder, and a folder without one is not a projection")
    func outputFolder() throws {
        let folder = try TemporaryFolder()
        let inner = TemporaryFolder(existing: folder.url.appending(path: "projection"))
        try FileManager.default.createDirectory(at: inner.url, withIntermediateDirectories: true)
        try Self.writeProjection(of: RandomDatasets.make(seed: 3, consortia: 6, institutions: 10), seed: 3, in: inner)
        #expect(ProjectionFolder.holdsProjection(folder.url))
        #expect(try ProjectionFolder.load(folder.url, displayPath: "out").dataset.institutions.count == 10)
        let empty = try TemporaryFolder()
        #expect(!ProjectionFolder.holdsProjection(empty.url))
        #expect(throws: DatasetLoadError.self) { try ProjectionFolder.load(empty.url, displayPath: "empty") }
    }

    /// The one error reading a folder with these node and edge tables gives.
    static func error(nodes: String, edges: String) throws -> String {
        let folder = try TemporaryFolder()
        _ = try folder.write("nodes.csv", nodes)
        _ = try folder.write("edges.csv", edges)
        do {
            _ = try ProjectionFolder.load(folder.url, displayPath: "out")
            return "no error"
        } catch let error as DatasetLoadError {
            return error.diagnostics.map(\.description).joined(separator: "\n")
        }
    }

    static let threeNodes = "id,name,kind,consortia\n0,KAIST,university,2\n1,NAVER,company,1\n2,\"Lab, Inc.\",,1\n"

    @Test(
        "a malformed edge table is refused at the line and column of the first bad field",
        arguments: [
            ("source,target,weight\n0,1,1\n", "out/edges.csv:1:1: error: the edge table needs the header source,target,shared,newman"),
            ("source,target,shared,newman\n0,1,1,0.5\n0,7,1,1\n", "out/edges.csv:3:3: error: node 7 is not in the node table (3 nodes, 0 to 2)"),
            ("source,target,shared,newman\n0,x,1,1\n", "out/edges.csv:2:3: error: expected a node id"),
            ("source,target,shared,newman\n1,1,1,1\n", "out/edges.csv:2:1: error: node 1 is tied to itself"),
            ("source,target,shared,newman\n0,1,1,abc\n", "out/edges.csv:2:7: error: expected a weight above 0"),
            ("source,target,shared,newman\n0,1,0,1\n", "out/edges.csv:2:5: error: expected a count of shared consortia, 1 or more"),
            ("source,target,shared,newman\n0,1,1.5,1\n", "out/edges.csv:2:5: error: expected a count of shared consortia"),
            ("source,target,shared,newman\n0,1,1,-2\n", "out/edges.csv:2:7: error: expected a weight above 0"),
            ("source,target,shared,newman\n0,1,1\n", "out/edges.csv:2:6: error: expected a comma and 4 fields"),
            ("source,target,shared,newman\n0,1,1,1,9\n", "out/edges.csv:2:8: error: expected the end of the row after 4 fields"),
            ("source,target,shared,newman\n0,1,1,1\n1,0,2,1\n", "out/edges.csv: error: the pair of nodes 0 and 1 is listed twice"),
            ("newman,shared,target,source\n0.5,2,1,0\n", "no error"),
        ])
    func badEdges(edges: String, expected: String) throws {
        #expect(try Self.error(nodes: Self.threeNodes, edges: edges).hasPrefix(expected))
    }

    @Test(
        "a malformed node table is refused at its line and column",
        arguments: [
            ("id,name,consortia\n0,A,1\n", "out/nodes.csv:1:1: error: the node table needs the columns id, name, kind and consortia; missing: kind"),
            ("id,name,kind,consortia\n0,A,,1\n0,B,,1\n", "out/nodes.csv:3:1: error: node id 0 is given twice"),
            ("id,name,kind,consortia\n0,A,,1\n2,B,,1\n", "out/nodes.csv:3:1: error: node id 2 is out of range"),
            ("id,name,kind,consortia\n0,A,,1\n1,A,,1\n", "out/nodes.csv:3:1: error: the key 'A' is given to nodes 0 and 1"),
            ("id,key,name,kind,consortia\n0,9,A,,1\n1,9,B,,1\n", "out/nodes.csv:3:1: error: the key '9' is given to nodes 0 and 1"),
            ("id,key,name,kind,consortia\n0,,A,,1\n", "out/nodes.csv:2:3: error: node 0 has no key"),
            ("id,name,kind,consortia\n0,A,,many\n", "out/nodes.csv:2:6: error: 'many' is not a count of consortia"),
            ("id,name,kind,consortia\n-1,A,,1\n", "out/nodes.csv:2:1: error: '-1' is not a node id"),
            ("id,name,kind,consortia\n0,,,1\n", "out/nodes.csv:2:3: error: node 0 has no name"),
            ("id,name,kind,consortia\n0,A,,1,extra\n", "out/nodes.csv:2:1: error: expected 4 fields as in the header, found 5"),
        ])
    func badNodes(nodes: String, expected: String) throws {
        #expect(try Self.error(nodes: nodes, edges: "source,target,shared,newman\n").hasPrefix(expected))
    }

    @Test(
        "the job's overlap.csv beside the projection is read as listed, and a malformed one is refused at its line and column",
        arguments: [
            (
                "consortium A,consortium B,shared,jaccard,overlap,shared institutions\n\"A, Inc.\",B,2,0.500,1.000,\"KAIST, NAVER\"\nB,C,1,0.1,0.5,X\n",
                "no error"
            ),
            ("a,b,shared\n", "out/overlap.csv:1:1: error: expected the header 'consortium A,consortium B,shared,jaccard,overlap,shared institutions'"),
            ("consortium A,consortium B,shared,jaccard,overlap,shared institutions\nA,B,0,0.5,1,X\n", "out/overlap.csv:2:5: error: '0' is not a count"),
            (
                "consortium A,consortium B,shared,jaccard,overlap,shared institutions\nA,B,2,1.5,1,X\n",
                "out/overlap.csv:2:7: error: '1.5' is not a Jaccard index"
            ),
            (
                "consortium A,consortium B,shared,jaccard,overlap,shared institutions\nA,B,2,0.5\n",
                "out/overlap.csv:2:1: error: expected 6 fields as in the header, found 4"
            ),
        ])
    func overlaps(overlap: String, expected: String) throws {
        let folder = try TemporaryFolder()
        let inner = TemporaryFolder(existing: folder.url.appending(path: "projection"))
        try FileManager.default.createDirectory(at: inner.url, withIntermediateDirectories: true)
        _ = try inner.write("nodes.csv", Self.threeNodes)
        _ = try inner.write("edges.csv", "source,target,shared,newman\n0,1,1,1\n")
        _ = try folder.write("overlap.csv", overlap)
        do {
            let network = try ProjectionFolder.load(folder.url, displayPath: "out")
            #expect(expected == "no error")
            #expect(
                network.overlaps == [
                    ListedOverlap(first: "A, Inc.", second: "B", shared: 2, jaccard: 0.5, institutions: "KAIST, NAVER"),
                    ListedOverlap(first: "B", second: "C", shared: 1, jaccard: 0.1, institutions: "X"),
                ])
            #expect(try ProjectionFolder.load(inner.url, displayPath: "out/projection").overlaps == network.overlaps)
        } catch let error as DatasetLoadError {
            #expect(error.diagnostics.map(\.description).joined().hasPrefix(expected), "\(error.diagnostics)")
            // Named beside the projection folder when that folder is given.
            let named = #expect(throws: DatasetLoadError.self) { try ProjectionFolder.load(inner.url, displayPath: "out/projection") }
            #expect(named?.diagnostics.map(\.description).joined().hasPrefix(expected) == true)
        }
    }

    @Test("a key column tells apart institutions of one name")
    func keys() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("nodes.csv", "id,key,name,kind,consortia\n0,999,Lab,,1\n1,998,Lab,,1\n")
        _ = try folder.write("edges.csv", "source,target,shared,newman\n0,1,1,1\n")
        let network = try ProjectionFolder.load(folder.url, displayPath: "out")
        #expect(network.dataset.institutions.map(\.id) == ["999", "998"])
        #expect(network.dataset.institutions.map { $0.name.preferred(.english) } == ["Lab", "Lab"])
    }

    @Test("names with commas and quotes, empty kinds and isolated institutions are read as written")
    func namesAndIsolates() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("nodes.csv", Self.threeNodes)
        _ = try folder.write("edges.csv", "source,target,shared,newman\r\n1,0,2,1.0E-4\r\n")
        let network = try ProjectionFolder.load(folder.url, displayPath: "out")
        #expect(network.dataset.institutions.map(\.id) == ["KAIST", "NAVER", "Lab, Inc."])
        #expect(network.dataset.institutions.map(\.kind) == [.university, .company, nil])
        #expect(network.projection.weights == [2, 2])
        #expect(network.newmanWeights == [1e-4, 1e-4])
        #expect(network.projection.degree(of: 2) == 0)
    }
}
