import Foundation
import InstitutionGraph

/// A synthetic affiliation network the benchmarks run on, read once per process when first used.
///
/// The CSV is made once into the temporary folder by the project's own generator
/// (`scripts/make-affiliation-network.py`, seed 1, mean size 6) with the arguments of
/// `scripts/bench-anchors.sh`, so that the benchmarks, the whole-process timings and the anchor
/// libraries run on the same files. For the medium network, `INSTGRAPH_BENCH_CSV` replaces it with
/// a membership CSV of one's own.
final class BenchmarkData: Sendable {
    /// The medium network: 5,000 consortia, 8,000 institutions, ~30,000 memberships.
    static let shared = BenchmarkData(name: "medium", consortia: 5_000, institutions: 8_000, override: "INSTGRAPH_BENCH_CSV")
    /// The medium network, by its size's name.
    static var medium: BenchmarkData { shared }
    /// The large network: 35,000 consortia, 30,000 institutions, ~211,000 memberships.
    static let large = BenchmarkData(name: "large", consortia: 35_000, institutions: 30_000)

    let csv: URL
    let dataset: Dataset
    let bipartite: BipartiteGraph
    /// The institutions projection, weighted by shared consortia.
    let projection: CSRGraph

    private init(name: String, consortia: Int, institutions: Int, override: String? = nil) {
        do {
            if let override, let path = ProcessInfo.processInfo.environment[override] {
                csv = URL(fileURLWithPath: path)
            } else {
                csv = try Self.generated(name: name, consortia: consortia, institutions: institutions)
            }
            dataset = try DatasetLoader.load(contentsOf: csv, checksQuality: false).dataset
        } catch {
            fatalError(
                """
                cannot prepare the \(name) benchmark network (\(error)); python3 and scripts/make-affiliation-network.py \
                are needed\(override.map { ", or set \($0) to a membership CSV" } ?? "")
                """)
        }
        bipartite = BipartiteGraph(dataset)
        projection = bipartite.projection(onto: .institution)
    }

    /// The generated CSV of a size, made when it is not in the temporary folder yet.
    private static func generated(name: String, consortia: Int, institutions: Int) throws -> URL {
        let file = FileManager.default.temporaryDirectory
            .appending(path: "instgraph-benchmarks/affiliation-\(name)-seed1.csv")
        guard !FileManager.default.fileExists(atPath: file.path) else { return file }
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        // Benchmarks/Benchmarks/InstitutionGraphBenchmarks/this file → the repository.
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        // Written beside and moved into place, so that an interrupted run leaves no partial file.
        let partial = file.appendingPathExtension("partial")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", repository.appending(path: "scripts/make-affiliation-network.py").path, "--seed", "1",
            "--consortia", String(consortia), "--institutions", String(institutions), "--mean-size", "6",
            "-o", partial.path, "--quiet",
        ]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path])
        }
        try FileManager.default.moveItem(at: partial, to: file)
        return file
    }
}
