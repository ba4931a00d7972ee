/// One edge {*u*, *v*} of a graph and the neighbours its two ends share (the triangles on the
/// edge, at least one), as ``GraphBuffers/forEachEdgeWithCommonNeighbors(threads:makeContext:_:)``
/// hands it over.
///
/// The buffers are valid only during the call that receives them.
struct CommonNeighbors {
    /// The end that comes later in (degree, number) order, and the other end.
    let u: Int
    let v: Int
    /// The position of the edge in *u*'s list (*u* → *v*) and in *v*'s (*v* → *u*).
    let forward: Int
    let backward: Int
    /// The shared neighbours *k*, in ascending order.
    let nodes: UnsafeBufferPointer<Int32>
    /// For each shared neighbour, the position of the edge *u* → *k*.
    let fromU: UnsafeBufferPointer<Int32>
    /// For each shared neighbour, the position of the edge *v* → *k*.
    let fromV: UnsafeBufferPointer<Int32>
}

/// One thread's buffers for ``GraphBuffers/forEachEdgeWithCommonNeighbors(threads:makeContext:_:)``.
///
/// A class rather than a non-copyable struct, as ``ShortestPathWorkspace``.
private final class CommonNeighborsWorkspace {
    /// One bit per node, set for the neighbours of the *u* being looked at: small enough to stay
    /// in the first-level cache while the lists of *u*'s neighbours are scanned.
    let marked: UnsafeMutableBufferPointer<UInt64>
    /// The position of the edge *u* → *k*, for the marked *k*.
    let position: UnsafeMutableBufferPointer<Int32>
    /// The common neighbours of the current edge, and the positions of their edges.
    let nodes: UnsafeMutableBufferPointer<Int32>
    let fromU: UnsafeMutableBufferPointer<Int32>
    let fromV: UnsafeMutableBufferPointer<Int32>

    init(nodeCount: Int, maximumDegree: Int) {
        marked = .allocate(capacity: (nodeCount + 63) / 64, filledWith: 0)
        position = .allocate(capacity: nodeCount, filledWith: 0)
        nodes = .allocate(capacity: maximumDegree, filledWith: 0)
        fromU = .allocate(capacity: maximumDegree, filledWith: 0)
        fromV = .allocate(capacity: maximumDegree, filledWith: 0)
    }

    deinit {
        marked.deallocate()
        position.deallocate()
        nodes.deallocate()
        fromU.deallocate()
        fromV.deallocate()
    }
}

extension GraphBuffers {
    /// Calls `visit` once for every edge of the graph whose ends share neighbours, with those
    /// neighbours, on up to `threads` threads, and returns the contexts (made by `makeContext`, one
    /// per thread that ran).
    ///
    /// Each edge {*u*, *v*} is handed over from the end *u* that comes later in (degree, number)
    /// order: *u*'s neighbours are marked once, and the shared ones are found by a pass over the
    /// list of *v*, the end of lower degree, so the shared neighbours come in ascending order and
    /// the whole sweep costs Σ over edges of the lower degree of the two ends rather than
    /// Σᵥ *d*ᵥ². Which thread sees an edge depends on timing (see ``ClaimedChunks``): `visit` must
    /// write only to its context and to memory of that edge (such as its two positions), and
    /// contexts must be combined in a way whose order does not matter.
    ///
    /// - Complexity: O(*m* + Σ_{{u,v}} min(*d*ᵤ, *d*ᵥ)), at most O(*m*^1.5).
    func forEachEdgeWithCommonNeighbors<Context>(
        threads: Int, makeContext: () -> Context, _ visit: (inout Context, CommonNeighbors) -> Void
    ) -> [Context] {
        let n = nodeCount
        var maximumDegree = 0
        for node in 0..<n { maximumDegree = Swift.max(maximumDegree, Int(offsets[node + 1] - offsets[node])) }
        let chunks = ClaimedChunks(itemCount: n)
        let states = chunks.forEach(threads: threads) {
            (workspace: CommonNeighborsWorkspace(nodeCount: n, maximumDegree: maximumDegree), context: makeContext())
        } _: { state, nodes in
            let workspace = state.workspace
            let (marked, position) = (workspace.marked, workspace.position)
            let (common, fromU, fromV) = (workspace.nodes, workspace.fromU, workspace.fromV)
            for u in nodes {
                let edges = edgeRange(of: u)
                let degreeU = edges.count
                var marking = false
                for edge in edges {
                    let v = Int(targets[edge])
                    let candidates = edgeRange(of: v)
                    // Only edges to a v earlier in (degree, number) order.
                    guard candidates.count < degreeU || (candidates.count == degreeU && v < u) else { continue }
                    if !marking {
                        for other in edges {
                            let k = Int(targets[other])
                            marked[k &>> 6] |= 1 &<< UInt64(truncatingIfNeeded: k & 63)
                            position[k] = Int32(truncatingIfNeeded: other)
                        }
                        marking = true
                    }
                    // Every candidate's position is written and kept only if it is marked: no
                    // branch to mispredict when about half of them are shared.
                    var shared = 0
                    for reach in candidates {
                        let k = Int(targets[reach])
                        fromV[shared] = Int32(truncatingIfNeeded: reach)
                        shared &+= Int(truncatingIfNeeded: (marked[k &>> 6] &>> UInt64(truncatingIfNeeded: k & 63)) & 1)
                    }
                    guard shared > 0 else { continue }
                    for index in 0..<shared {
                        let k = targets[Int(fromV[index])]
                        common[index] = k
                        fromU[index] = position[Int(k)]
                    }
                    visit(
                        &state.context,
                        CommonNeighbors(
                            u: u, v: v, forward: edge, backward: edgePosition(of: u, in: candidates),
                            nodes: UnsafeBufferPointer(rebasing: common[..<shared]),
                            fromU: UnsafeBufferPointer(rebasing: fromU[..<shared]),
                            fromV: UnsafeBufferPointer(rebasing: fromV[..<shared])))
                }
                if marking {
                    for other in edges { marked[Int(targets[other]) &>> 6] = 0 }
                }
            }
        }
        return states.map(\.context)
    }

    /// The position of the edge to `node` among `edges`, sorted by target.
    private func edgePosition(of node: Int, in edges: Range<Int>) -> Int {
        var range = edges
        while range.count > 1 {
            let middle = range.lowerBound + range.count / 2
            range = Int(targets[middle]) <= node ? middle..<range.upperBound : range.lowerBound..<middle
        }
        assert(Int(targets[range.lowerBound]) == node)
        return range.lowerBound
    }
}
