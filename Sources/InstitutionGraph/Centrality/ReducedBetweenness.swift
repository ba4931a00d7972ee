/// Exact betweenness of an unweighted graph, with the same sums as Brandes' algorithm over every
/// node (``ShortestPathStatistics``) but searches only from the classes of twins in the core,
/// eight at a time.
///
/// Three exact reductions, each suited to affiliation networks, where many institutions belong to
/// one consortium only:
///
/// 1. **Pendant trees** (``PendantTrees``): degree-1 nodes are folded into their neighbour, over
///    and over; the pairs a node separates through its trees are counted in closed form, and each
///    core node carries the number of nodes it stands for into the searches.
/// 2. **Twins** (``TwinClasses``): core nodes with the same neighbours and weight are one class
///    with a multiplicity; one search serves the class.
/// 3. **Components**: a search never leaves its component, and the closed forms use the size of
///    the node's own component.
///
/// The searches themselves run eight sources at a time (``BatchedBrandesWorkspace``).
///
/// Weighted (Dijkstra) betweenness is not reduced: shortest paths there tie only when sums of
/// lengths are equal in floating point, and starting a path at a folded node's neighbour changes
/// the order of those sums, so only the plain sweep reproduces NetworkX's ties exactly.
enum ReducedBetweenness {
    /// For each node of `graph`, the sum over ordered pairs of other nodes (*s*, *t*) of the share
    /// of shortest *s*–*t* paths (in hops) through it, as ``ShortestPathStatistics/betweenness``.
    ///
    /// Batches of sources are split into chunks that depend on the reduced graph only, and the
    /// per-chunk sums are added in chunk order, so the result does not depend on `threads`.
    ///
    /// - Complexity: O(*n*′ *m*′ + *n* log *n* + *m*), *n*′ and *m*′ being the classes and
    ///   their adjacencies left after the reductions; memory O(*n*) per thread.
    static func orderedSums(of graph: CSRGraph, threads: Int) -> [Double] {
        let trees = PendantTrees(graph: graph, components: graph.connectedComponents())
        let reduced = ReducedGraph(graph: graph, trees: trees, twins: TwinClasses(graph: graph, trees: trees))
        let count = reduced.count
        let width = BatchedBrandesWorkspace.width
        let chunks = SourceChunks(nodeCount: (count + width - 1) / width)
        let classSums = reduced.withBuffers { buffers in
            chunks.orderedSum(length: count, threads: threads) {
                BatchedBrandesWorkspace(count: count)
            } _: { workspace, chunk, row in
                for batch in chunks.sources(of: chunk) {
                    workspace.accumulate(from: (batch * width)..<min(count, (batch + 1) * width), in: buffers, into: row)
                }
            }
        }
        return (0..<graph.nodeCount).map { node in
            let index = Int(reduced.classOf[node])
            return trees.separatedPairs[node] + (index >= 0 ? classSums[index] : 0)
        }
    }
}
