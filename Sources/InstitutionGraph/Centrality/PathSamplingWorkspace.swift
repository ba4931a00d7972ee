/// One worker's buffers for drawing shortest paths uniformly at random between two given nodes,
/// allocated once and reused for every sample (Riondato and Kornaropoulos 2016).
///
/// **Hops.** Two breadth-first searches, from the source and from the target, counting shortest
/// paths (σ) as they go, each step growing the side whose frontier has fewer edges (the balanced
/// bidirectional search of KADABRA, Borassi and Natale 2016). When one side's new level touches
/// nodes the other side has reached, the shortest paths have been found: each passes through
/// exactly one node *x* of that level, σₛ(*x*) σₜ(*x*) of them. A node *x* is drawn with that
/// weight, then the walks back from *x* to each end pick every predecessor *z* of the current node
/// *w* with probability σ(*z*) / σ(*w*): every shortest path is drawn with the same probability.
/// On small-world graphs the two searches meet after touching a small part of the graph.
///
/// **Weighted distances.** Dijkstra's algorithm from the source until the target is settled, and
/// the walk back from the target alone; paths whose lengths add up to exactly the same value tie,
/// as in ``ShortestPathWorkspace``.
///
/// A class rather than a non-copyable struct, as ``ShortestPathWorkspace``.
final class PathSamplingWorkspace {
    /// The searches from the source and, for hops, from the target.
    private let forward: PathCountingSearch
    private let backward: PathCountingSearch
    /// Whether each node's distance from the source is final (weighted searches), while a path is
    /// walked back.
    private let settled: UnsafeMutableBufferPointer<Bool>

    /// - Parameter heapCapacity: 0 for hop counts; for weighted distances, at least one more than
    ///   the number of directed edges.
    init(nodeCount: Int, heapCapacity: Int) {
        forward = PathCountingSearch(nodeCount: nodeCount, heapCapacity: heapCapacity)
        backward = PathCountingSearch(nodeCount: heapCapacity == 0 ? nodeCount : 0, heapCapacity: 0)
        settled = .allocate(capacity: nodeCount, filledWith: false)
    }

    deinit {
        settled.deallocate()
    }

    /// Draws one shortest path from `source` to `target` (distinct) uniformly at random and adds 1
    /// to `counts` for each node inside it (its ends excluded); does nothing when `target` cannot
    /// be reached.
    ///
    /// - Parameter lengths: the edge lengths, or `nil` for hops.
    func sample(
        from source: Int, to target: Int, in graph: GraphBuffers, lengths: UnsafeBufferPointer<Double>?,
        using generator: inout SeededRandom, into counts: UnsafeMutableBufferPointer<Double>
    ) {
        forward.start(at: source)
        if let lengths {
            if forward.searchDistances(in: graph, lengths: lengths, stoppingAt: target) {
                for index in 0..<forward.count { settled[Int(forward.order[index])] = true }
                forward.walkBack(from: target, to: source, in: graph, lengths: lengths, settled: settled, using: &generator, into: counts)
                for index in 0..<forward.count { settled[Int(forward.order[index])] = false }
            }
        } else {
            backward.start(at: target)
            if let middle = searchHops(in: graph, using: &generator) {
                if middle != source && middle != target { counts[middle] += 1 }
                forward.walkBack(from: middle, to: source, in: graph, lengths: nil, settled: settled, using: &generator, into: counts)
                backward.walkBack(from: middle, to: target, in: graph, lengths: nil, settled: settled, using: &generator, into: counts)
            }
            backward.reset()
        }
        forward.reset()
    }

    /// Grows the two searches until they meet and returns the node where the drawn path crosses
    /// the level they met at, or `nil` when the target cannot be reached.
    private func searchHops(in graph: GraphBuffers, using generator: inout SeededRandom) -> Int? {
        while true {
            let (growing, other) = forward.frontierEdges(in: graph) <= backward.frontierEdges(in: graph) ? (forward, backward) : (backward, forward)
            guard growing.growLevel(in: graph) else { return nil }
            var total = 0.0
            for node in growing.frontier where other.distance[node] < .infinity {
                total += growing.pathCount[node] * other.pathCount[node]
            }
            guard total > 0 else { continue }
            let threshold = generator.nextUnit() * total
            var cumulative = 0.0
            var last = -1
            for node in growing.frontier where other.distance[node] < .infinity {
                cumulative += growing.pathCount[node] * other.pathCount[node]
                last = node
                if cumulative > threshold { return node }
            }
            // Rounding can leave the running sum a hair short of the total: the last node takes it.
            return last
        }
    }
}

extension PathCountingSearch {
    /// Walks from `node` back to the search's source `end`, drawing each predecessor *z* of the
    /// current node *w* with probability σ(*z*) / σ(*w*), and adds 1 to `counts` for each node
    /// passed (`end` excluded, `node` too). Weighted (`lengths` given), only the nodes `settled`
    /// marks can be predecessors.
    fileprivate func walkBack(
        from node: Int, to end: Int, in graph: GraphBuffers, lengths: UnsafeBufferPointer<Double>?,
        settled: UnsafeMutableBufferPointer<Bool>, using generator: inout SeededRandom,
        into counts: UnsafeMutableBufferPointer<Double>
    ) {
        var current = node
        while current != end {
            let threshold = generator.nextUnit() * pathCount[current]
            var cumulative = 0.0
            var chosen = -1
            for edge in graph.edgeRange(of: current) {
                let neighbor = Int(graph.targets[edge])
                let isPredecessor =
                    if let lengths {
                        settled[neighbor] && distance[neighbor] + lengths[edge] == distance[current]
                    } else {
                        distance[neighbor] + 1 == distance[current]
                    }
                guard isPredecessor else { continue }
                cumulative += pathCount[neighbor]
                chosen = neighbor
                // Rounding can leave the running sum a hair short of σ: the last predecessor takes it.
                if cumulative > threshold { break }
            }
            current = chosen
            if current != end { counts[current] += 1 }
        }
    }
}
