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
    ///
    /// - Parameters:
    ///   - side: the side to keep.
    ///   - weighting: how to weight the edges.
    ///   - minimumWeight: edges lighter than this are left out while projecting.
    /// - Complexity: O(Σ *k*² + *m′* log *d′*): the sum over the other side's nodes of their
    ///   squared degree, plus sorting each node's *d′* projected neighbours.
    public func projection(onto side: NodeSide, weighting: ProjectionWeighting = .count, minimumWeight: Double = 0) -> CSRGraph {
        let first = nodes(on: side).lowerBound
        let count = self.count(of: side)
        var offsets = [Int32](repeating: 0, count: count + 1)
        var targets: [Int32] = []
        var weights: [Double] = []
        // Dense scratch space: the weight accumulated towards each node of the side, and which
        // entries are non-zero.
        var accumulated = [Double](repeating: 0, count: count)
        var touched: [Int32] = []

        graph.offsets.withUnsafeBufferPointer { graphOffsets in
            graph.targets.withUnsafeBufferPointer { graphTargets in
                accumulated.withUnsafeMutableBufferPointer { accumulated in
                    for u in 0..<count {
                        let node = first + u
                        for shared in graphTargets[Int(graphOffsets[node])..<Int(graphOffsets[node + 1])] {
                            let range = Int(graphOffsets[Int(shared)])..<Int(graphOffsets[Int(shared) + 1])
                            guard range.count > 1 else { continue }
                            let contribution = weighting == .count ? 1 : 1 / Double(range.count - 1)
                            for neighbor in graphTargets[range] where Int(neighbor) != node {
                                let v = Int(neighbor) - first
                                if accumulated[v] == 0 { touched.append(Int32(v)) }
                                accumulated[v] += contribution
                            }
                        }
                        if touched.count > count / 16 {
                            // Most of the side: a scan lists them in order for less than a sort.
                            touched.removeAll(keepingCapacity: true)
                            for v in 0..<count where accumulated[v] != 0 { touched.append(Int32(v)) }
                        } else {
                            touched.withUnsafeMutableBufferPointer { $0.sortNodeIDs() }
                        }
                        for v in touched {
                            if accumulated[Int(v)] >= minimumWeight {
                                targets.append(v)
                                weights.append(accumulated[Int(v)])
                            }
                            accumulated[Int(v)] = 0
                        }
                        touched.removeAll(keepingCapacity: true)
                        offsets[u + 1] = Int32(targets.count)
                    }
                }
            }
        }
        return CSRGraph(offsets: offsets, targets: targets, weights: weights)
    }
}
