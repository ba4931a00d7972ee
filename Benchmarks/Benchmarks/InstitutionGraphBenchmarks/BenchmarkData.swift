import Foundation
import InstitutionGraph

/// The medium affiliation network the benchmarks run on, read once per process.
///
/// The CSV is `INSTGRAPH_BENCH_CSV` when set; otherwise it is generated once into the temporary
/// folder by the shared generator (`shared/bench/gen_affiliation.py`, beside the repository) with
/// the arguments of the anchors' medium size, so that instgraph and the other libraries are timed
/// on the same file.
final class BenchmarkData: Sendable {
    static let shared = BenchmarkData()

    let csv: URL
    let dataset: Dataset
    let bipartite: BipartiteGraph
    /// The institutions projection, weighted by shared consortia.
    let projection: CSRGraph

    private init() {
        do {
            csv = try Self.mediumCSV()
            dataset = try DatasetLoader.load(contentsOf: csv, checksQuality: false).dataset
        } catch {
            fatalError("""
                cannot prepare the benchmark data (\(error)); set INSTGRAPH_BENCH_CSV to a membership CSV, or keep \
                shared/bench/gen_affiliation.py beside the repository
                """)
        }
        bipartite = BipartiteGraph(dataset)
        projection = bipartite.projection(onto: .institution)
    }

    private static func mediumCSV() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["INSTGRAPH_BENCH_CSV"] {
            return URL(fileURLWithPath: path)
        }
        return try generatedCSV(name: "medium-seed1.csv", consortia: 5000, institutions: 8000)
    }

    /// A CSV made once into the temporary folder by the shared generator
    /// (`shared/bench/gen_affiliation.py`, beside the repository), seed 1, mean consortium size 6.
    static func generatedCSV(name: String, consortia: Int, institutions: Int) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appending(path: "instgraph-benchmarks/\(name)")
        guard !FileManager.default.fileExists(atPath: file.path) else { return file }
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        // Benchmarks/Benchmarks/InstitutionGraphBenchmarks/this file → the repository → its shared/ sibling.
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let generator = repository.deletingLastPathComponent().appending(path: "shared/bench/gen_affiliation.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", generator.path, "--seed", "1", "--consortia", "\(consortia)", "--institutions", "\(institutions)",
            "--mean-size", "6", file.path,
        ]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path])
        }
        return file
    }
}
