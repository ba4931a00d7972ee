import Foundation
import InstitutionGraph

/// What the projection fuzz target checks of one input.
public enum FuzzedProjection {
    /// The folder the inputs are written to, one at a time; removed when the fuzzer exits.
    private static let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appending(path: "instgraph-fuzz-projection-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: FuzzedProjection.folder) }
        return url
    }()

    /// Splits `bytes` at its first two 0s into a node table, an edge table and the job's list of
    /// overlapping pairs (`overlap.csv`, left out without a second 0), writes them as a
    /// projection folder and reads it. A read that succeeds must give a consistent projection
    /// (one node per institution, each tie in both rows, neighbours ascending, weights above 0,
    /// distinct keys) and pairs that share 1 or more with a Jaccard index from 0 to 1; one that
    /// fails must name its file. Anything else stops the fuzzer.
    public static func check(_ bytes: [UInt8]) {
        let parts = bytes.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false)
        let nodes = parts.first.map(Array.init) ?? []
        let edges = parts.count > 1 ? Array(parts[1]) : []
        let overlap = folder.appending(path: "overlap.csv")
        do {
            try Data(nodes).write(to: folder.appending(path: "nodes.csv"))
            try Data(edges).write(to: folder.appending(path: "edges.csv"))
            if parts.count > 2 {
                try Data(parts[2]).write(to: overlap)
            } else if FileManager.default.fileExists(atPath: overlap.path) {
                try FileManager.default.removeItem(at: overlap)
            }
        } catch {
            preconditionFailure("cannot write the input: \(error)")
        }
        do {
            let network = try ProjectionFolder.load(folder, displayPath: "fuzz")
            let graph = network.projection
            let n = network.dataset.institutions.count
            precondition(graph.nodeCount == n && network.consortiumCounts.count == n, "not one node per institution")
            precondition(Set(network.dataset.institutions.map(\.id)).count == n, "keys repeat")
            precondition(network.newmanWeights.count == graph.targets.count, "Newman weights do not match the ties")
            precondition(network.overlaps.allSatisfy { $0.shared >= 1 && (0...1).contains($0.jaccard) }, "a pair out of range")
            for node in 0..<n {
                let row = graph.edgeRange(of: node)
                for edge in row {
                    let target = Int(graph.targets[edge])
                    precondition(target != node && (edge == row.lowerBound || graph.targets[edge - 1] < graph.targets[edge]), "a row is not ascending")
                    precondition(graph.weight(between: target, and: node) == graph.weights?[edge], "a tie is not in both rows")
                    precondition((graph.weights?[edge] ?? 1) >= 1 && network.newmanWeights[edge] > 0, "a weight is not above 0")
                }
            }
        } catch let error as DatasetLoadError {
            precondition(!error.errors.isEmpty, "a failed read without an error")
            precondition(error.errors.allSatisfy { $0.location.file.hasPrefix("fuzz") }, "an error without its file")
        } catch {
            preconditionFailure("a read failed with \(error), not a located error")
        }
    }
}
