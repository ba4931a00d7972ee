/// How the edges of a one-mode projection are weighted.
public enum ProjectionWeighting: String, CaseIterable, Hashable, Sendable, Codable {
    /// The number of shared neighbours: consortia two institutions share, or institutions two
    /// consortia share (`networkx.bipartite.weighted_projected_graph`).
    case count
    /// Newman's collaboration weighting: the sum over shared neighbours of 1 / (*k* − 1), where *k*
    /// is the shared neighbour's degree, so a pair in a small consortium weighs more than a pair
    /// in a large one (`networkx.bipartite.collaboration_weighted_projected_graph`).
    case newman
}

extension BipartiteGraph {
    /// The one-mode projection onto `side`: two nodes of that side are linked when they share a
    /// neighbour on the other side.
    ///
    /// Node `i` of the result is index `i` into that side's list in the dataset
    /// (``Dataset/institutions`` or ``Dataset/consortia``); every node of the side is kept,
    /// isolated or not. The result is weighted (see ``ProjectionWeighting``) and symmetric: both
    /// copies of an edge hold the same sum, added up over the shared neighbours in ascending order.
    /// The rows are split into parts of about equal work that `threads` threads project side by
    /// side; the result does not depend on the number of threads.
    ///
    /// - Parameters:
    ///   - side: the side to keep.
    ///   - weighting: how to weight the edges.
    ///   - minimumWeight: edges lighter than this are left out while projecting.
    ///   - threads: how many threads share the rows.
    /// - Complexity: O(Σ *k*² + *m′* + *n*² / 2¹⁸): the sum over the other side's nodes of
    ///   their squared degree, plus the projected edges; each of the *n* rows is gathered in order
    ///   from bitmaps whose top level has a word per 2¹⁸ nodes.
    public func projection(
        onto side: NodeSide, weighting: ProjectionWeighting = .count, minimumWeight: Double = 0,
        threads: Int = CentralityOptions.defaultThreadCount
    ) -> CSRGraph {
        let first = nodes(on: side).lowerBound
        let count = self.count(of: side)
        let parts = rowParts(first: first, count: count, parts: threads > 1 ? 8 * threads : 1)
        let projected = UnsafeMutableBufferPointer<ProjectedRows?>.allocate(capacity: parts.count, filledWith: nil)
        defer {
            projected.deinitialize()
            projected.deallocate()
        }
        graph.withBuffers { buffers in
            _ = ClaimedChunks(itemCount: parts.count, maximumCount: parts.count).forEach(threads: threads) {
                ProjectionWorkspace(nodeCount: count)
            } _: { workspace, claimed in
                for part in claimed {
                    projected[part] = workspace.project(
                        parts[part].rows, work: parts[part].work, first: first, in: buffers, weighting: weighting, minimumWeight: minimumWeight)
                }
            }
        }
        return Self.joined(projected, rowCount: count, threads: threads)
    }

    /// The rows `0..<count` (nodes `first..<first + count`) split into at most `parts` ranges of
    /// about equal work, with that work: the neighbours of a row's neighbours, which its
    /// projection goes through, and at least as many as the row's entries.
    private func rowParts(first: Int, count: Int, parts: Int) -> [(rows: Range<Int>, work: Int)] {
        var work = [Int](repeating: 0, count: count + 1)
        for row in 0..<count {
            var total = 0
            for shared in graph.neighbors(of: first + row) { total += graph.degree(of: Int(shared)) }
            work[row + 1] = work[row] + total
        }
        var ranges: [(rows: Range<Int>, work: Int)] = []
        var start = 0
        for part in 1...max(1, parts) where start < count || ranges.isEmpty {
            let goal = work[count] / parts * part
            var end = part == parts ? count : Swift.min(count, start + 1)
            while end < count && work[end] < goal { end += 1 }
            ranges.append((start..<end, work[end] - work[start]))
            start = end
        }
        return ranges
    }

    /// The parts' rows, in order, as one graph of `rowCount` nodes, copied side by side on
    /// `threads` threads; each part is let go once copied, so that the parts and the whole are
    /// not all held at once.
    private static func joined(_ parts: UnsafeMutableBufferPointer<ProjectedRows?>, rowCount: Int, threads: Int) -> CSRGraph {
        if parts.count == 1, let part = parts[0].take() { return CSRGraph(offsets: part.offsets, targets: part.targets, weights: part.weights) }
        var offsets = [Int32](repeating: 0, count: rowCount + 1)
        var starts: [Int] = []
        var row = 0
        var total = 0
        for part in parts {
            starts.append(total)
            for end in part!.offsets.dropFirst() {
                row += 1
                offsets[row] = Int32(total + Int(end))
            }
            total += part!.targets.count
        }
        // No edges: empty arrays (an array made with no capacity would write to the shared empty one).
        guard total > 0 else { return CSRGraph(offsets: offsets, targets: [], weights: []) }
        var weights: [Double] = []
        let targets = [Int32](unsafeUninitializedCapacity: total) { targets, initialized in
            weights = [Double](unsafeUninitializedCapacity: total) { weights, initialized in
                nonisolated(unsafe) let (targets, weights) = (targets, weights)
                // Each part goes to a range of its own.
                _ = ClaimedChunks(itemCount: parts.count, maximumCount: parts.count).forEach(threads: threads) {
                } _: { _, claimed in
                    for index in claimed {
                        let part = parts[index].take()!
                        let range = starts[index]..<(starts[index] + part.targets.count)
                        _ = UnsafeMutableBufferPointer(rebasing: targets[range]).initialize(fromContentsOf: part.targets)
                        _ = UnsafeMutableBufferPointer(rebasing: weights[range]).initialize(fromContentsOf: part.weights)
                    }
                }
                initialized = total
            }
            initialized = total
        }
        return CSRGraph(offsets: offsets, targets: targets, weights: weights)
    }
}

/// Consecutive rows of a projection: their neighbours and weights, and where each row ends.
private struct ProjectedRows {
    /// Where each row starts in ``targets``, and where the last ends: one more than the rows.
    var offsets: [Int32]
    var targets: [Int32] = []
    var weights: [Double] = []
}

/// One thread's buffers for projecting rows: the weight accumulated towards each node of the
/// side, and the nodes it is not zero for.
///
/// A class rather than a non-copyable struct, as ``ShortestPathWorkspace``.
private final class ProjectionWorkspace {
    let accumulated: UnsafeMutableBufferPointer<Double>
    let touched: AscendingNodeSet

    init(nodeCount: Int) {
        accumulated = .allocate(capacity: nodeCount, filledWith: 0)
        touched = AscendingNodeSet(nodeCount: nodeCount)
    }

    deinit { accumulated.deallocate() }

    /// Projects `rows` (nodes `first + row` of the two-mode graph in `buffers`), whose projection
    /// goes through `work` neighbours of their neighbours.
    func project(
        _ rows: Range<Int>, work: Int, first: Int, in buffers: GraphBuffers, weighting: ProjectionWeighting, minimumWeight: Double
    ) -> ProjectedRows {
        var part = ProjectedRows(offsets: [Int32](repeating: 0, count: rows.count + 1))
        // The work bounds the entries; beyond a few hundred megabytes the arrays grow as needed.
        let reserved = Swift.min(work, rows.count * (accumulated.count - 1), 1 << 25)
        part.targets.reserveCapacity(reserved)
        part.weights.reserveCapacity(reserved)
        let (accumulated, touched) = (self.accumulated, self.touched)
        for (index, row) in rows.enumerated() {
            let node = first + row
            for membership in buffers.edgeRange(of: node) {
                let members = buffers.edgeRange(of: Int(buffers.targets[membership]))
                guard members.count > 1 else { continue }
                let contribution = weighting == .count ? 1 : 1 / Double(members.count - 1)
                for edge in members {
                    let neighbor = Int(buffers.targets[edge])
                    guard neighbor != node else { continue }
                    let other = neighbor - first
                    if accumulated[other] == 0 { touched.insert(other) }
                    accumulated[other] += contribution
                }
            }
            touched.removeAll { other in
                if accumulated[other] >= minimumWeight {
                    part.targets.append(Int32(truncatingIfNeeded: other))
                    part.weights.append(accumulated[other])
                }
                accumulated[other] = 0
            }
            part.offsets[index + 1] = Int32(part.targets.count)
        }
        return part
    }
}
