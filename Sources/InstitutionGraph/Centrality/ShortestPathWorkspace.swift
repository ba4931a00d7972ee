/// One worker's buffers for single-source shortest paths, allocated once and reused for every
/// source (Brandes 2001: a search that counts shortest paths, then a pass back that accumulates
/// dependencies).
///
/// After ``search(from:in:lengths:)`` the ``reachedCount`` nodes reached are listed in order of
/// non-decreasing distance, the source first (``PathCountingSearch``); call ``reset()`` before the
/// next source.
///
/// A class rather than a non-copyable struct: Swift 6.3 fails to compile `buffer[i] += x` on a
/// non-copyable struct's buffer with the thread sanitizer on.
final class ShortestPathWorkspace {
    /// The search that counts shortest paths (σ) from the source.
    private let paths: PathCountingSearch
    /// (1 + δ) / σ, δ being Brandes' dependency of the source on the node.
    private let dependency: UnsafeMutableBufferPointer<Double>

    /// - Parameter heapCapacity: 0 for hop counts; for weighted distances, at least one more than
    ///   the number of directed edges.
    init(nodeCount: Int, heapCapacity: Int) {
        paths = PathCountingSearch(nodeCount: nodeCount, heapCapacity: heapCapacity)
        dependency = .allocate(capacity: nodeCount, filledWith: 0)
    }

    deinit {
        dependency.deallocate()
    }

    /// The number of nodes the last search reached, the source included.
    var reachedCount: Int { paths.count }

    /// Finds the shortest paths from `source`: breadth-first when every length is 1, otherwise
    /// Dijkstra's algorithm. Paths whose lengths add up to exactly the same value tie, as in
    /// NetworkX.
    func search(from source: Int, in graph: GraphBuffers, lengths: UnsafeBufferPointer<Double>?) {
        paths.start(at: source)
        if let lengths {
            paths.searchDistances(in: graph, lengths: lengths)
        } else {
            paths.searchHops(in: graph)
        }
    }

    /// The number of nodes reached (the source included), and the sums of their distances and of
    /// the reciprocals of their distances (the source excluded).
    func distanceSums() -> (reached: Int, distances: Double, inverseDistances: Double) {
        var distances = 0.0
        var inverseDistances = 0.0
        for index in 1..<max(1, paths.count) {
            let d = paths.distance[Int(paths.order[index])]
            distances += d
            inverseDistances += 1 / d
        }
        return (paths.count, distances, inverseDistances)
    }

    /// Adds the distance from the source to every other node reached into `distances[node]`, and
    /// its reciprocal into `inverseDistances[node]`: distances to the nodes rather than from the
    /// source (``ApproximateCloseness``).
    func addDistances(into distances: UnsafeMutableBufferPointer<Double>, inverseDistances: UnsafeMutableBufferPointer<Double>) {
        for index in 1..<max(1, paths.count) {
            let node = Int(paths.order[index])
            let d = paths.distance[node]
            distances[node] += d
            inverseDistances[node] += 1 / d
        }
    }

    /// Adds the source's dependency on every other node to `betweenness`, walking back from the
    /// farthest node: δ(v) = σ(v) Σ (1 + δ(w)) / σ(w) over the successors w of v, those with
    /// d(w) = d(v) + length(v, w). `lengths` must be those of the last search.
    func accumulateDependencies(into betweenness: UnsafeMutableBufferPointer<Double>, in graph: GraphBuffers, lengths: UnsafeBufferPointer<Double>?) {
        if let lengths {
            accumulate(into: betweenness, in: graph, lengths: lengths)
        } else {
            accumulate(into: betweenness, in: graph, lengths: UnitEdgeValues())
        }
    }

    private func accumulate(into betweenness: UnsafeMutableBufferPointer<Double>, in graph: GraphBuffers, lengths: some EdgeValues) {
        let (distance, pathCount, order) = (paths.distance, paths.pathCount, paths.order)
        for index in stride(from: paths.count - 1, to: 0, by: -1) {
            let node = Int(order[index])
            let nodeDistance = distance[node]
            var successorSum = 0.0
            for edge in graph.edgeRange(of: node) {
                let neighbor = Int(graph.targets[edge])
                if distance[neighbor] == nodeDistance + lengths[edge] {
                    successorSum += dependency[neighbor]
                }
            }
            let delta = pathCount[node] * successorSum
            dependency[node] = (1 + delta) / pathCount[node]
            betweenness[node] += delta
        }
    }

    /// Forgets the last search.
    func reset() {
        paths.reset()
    }
}
