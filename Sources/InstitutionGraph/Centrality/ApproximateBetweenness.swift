import Foundation

/// Betweenness estimated from shortest paths drawn at random (Riondato and Kornaropoulos 2016):
/// each sample picks an ordered pair of distinct nodes uniformly, then one of their shortest paths
/// uniformly, and credits the nodes inside it.
///
/// With *r* samples, the share of samples that cross a node estimates its betweenness as a share
/// of all ordered pairs, Σ σₛₜ(*v*)/σₛₜ / (*n*(*n* − 1)); the Vapnik–Chervonenkis dimension of the
/// sample space is at most ⌊log₂(*VD* − 2)⌋ + 1, *VD* being the vertex diameter, so
///
///     r = ⌈(c / ε²) (⌊log₂(VD − 2)⌋ + 1 + ln(1 / δ))⌉,  c = ½,
///
/// samples put every estimate within ε of the truth with probability 1 − δ. Here ε is taken on
/// the ``CentralityNormalization/standard`` scale, (*n* − 1)(*n* − 2) ordered pairs, so the
/// sampling runs with ε (*n* − 2) / *n* on the scale of all pairs.
enum ApproximateBetweenness {
    /// The Riondato–Kornaropoulos constant.
    static let universalConstant = 0.5

    /// Estimates of Brandes' sums over ordered pairs (as ``ShortestPathStatistics/betweenness``),
    /// and how they were sampled.
    ///
    /// Samples are split into chunks that depend on the sample count only, each chunk drawing from
    /// its own generator seeded from `approximation.seed`; counts are whole numbers added in chunk
    /// order, so the estimates depend on the seed but not on `threads`.
    ///
    /// - Complexity: O(*r* (*n* + *m*)) for *r* samples in the worst case (O(*r* *m* log *m*)
    ///   weighted); a sample's search stops at its target.
    static func orderedSums(
        of graph: CSRGraph, weighted: Bool, approximation: BetweennessApproximation, threads: Int
    ) -> (sums: [Double], sampling: BetweennessSampling) {
        let n = graph.nodeCount
        let lengths = weighted ? graph.weights?.map { 1 / $0 } : nil
        let diameter = vertexDiameterBound(of: graph, weighted: lengths != nil)
        let samples = sampleCount(nodeCount: n, vertexDiameterBound: diameter, approximation: approximation)
        let sampling = BetweennessSampling(approximation: approximation, vertexDiameterBound: diameter, sampleCount: samples)
        guard samples > 0 else { return (Array(repeating: 0, count: n), sampling) }

        let chunks = SourceChunks(nodeCount: samples)
        // Each chunk draws from its own generator, seeded in turn by one from the seed.
        var seeds = SeededRandom(seed: approximation.seed)
        let chunkSeeds = (0..<chunks.count).map { _ in seeds.next() }
        let heapCapacity = lengths == nil ? 0 : graph.targets.count + 1
        let counts = graph.withBuffers { buffers in
            withOptionalBuffer(lengths) { lengths in
                chunks.orderedSum(length: n, threads: threads) {
                    PathSamplingWorkspace(nodeCount: n, heapCapacity: heapCapacity)
                } _: { workspace, chunk, row in
                    var generator = SeededRandom(seed: chunkSeeds[chunk])
                    for _ in chunks.sources(of: chunk) {
                        let source = generator.below(n)
                        let other = generator.below(n - 1)
                        let target = other < source ? other : other + 1
                        workspace.sample(from: source, to: target, in: buffers, lengths: lengths, using: &generator, into: row)
                    }
                }
            }
        }
        let pairs = Double(n) * Double(n - 1)
        return (counts.map { $0 / Double(samples) * pairs }, sampling)
    }

    /// The number of samples for `approximation` on a graph of `nodeCount` nodes whose shortest
    /// paths hold at most `vertexDiameterBound` nodes; 0 when no node can be inside a shortest
    /// path.
    static func sampleCount(nodeCount n: Int, vertexDiameterBound: Int, approximation: BetweennessApproximation) -> Int {
        guard n > 2, vertexDiameterBound > 2 else { return 0 }
        let epsilon = approximation.epsilon * Double(n - 2) / Double(n)
        let dimension = Double(Int.bitWidth - (vertexDiameterBound - 2).leadingZeroBitCount - 1) + 1
        let size = universalConstant / (epsilon * epsilon) * (dimension + log(1 / (1 - approximation.confidence)))
        return Int(size.rounded(.up))
    }

    /// An upper bound on the number of nodes on any shortest path. In hops: for each component, a
    /// breadth-first search from its node of highest degree reaches every node within *e* hops,
    /// so any two nodes are within 2*e* hops and a shortest path holds at most 2*e* + 1 nodes (and
    /// never more than the component). Weighted: the size of the largest component.
    ///
    /// - Complexity: O(*n* + *m*)
    static func vertexDiameterBound(of graph: CSRGraph, weighted: Bool) -> Int {
        let components = graph.connectedComponents()
        guard !weighted else { return components.sizes.max() ?? 0 }
        var roots = [Int](repeating: -1, count: components.count)
        for node in 0..<graph.nodeCount {
            let label = components.labels[node]
            if roots[label] < 0 || graph.degree(of: node) > graph.degree(of: roots[label]) { roots[label] = node }
        }
        var visited = [Bool](repeating: false, count: graph.nodeCount)
        var order: [Int32] = []
        order.reserveCapacity(graph.nodeCount)
        var bound = 0
        for (label, root) in roots.enumerated() {
            let eccentricity = graph.appendBreadthFirst(from: root, to: &order, visited: &visited)
            bound = max(bound, min(components.sizes[label], 2 * eccentricity + 1))
        }
        return bound
    }
}
