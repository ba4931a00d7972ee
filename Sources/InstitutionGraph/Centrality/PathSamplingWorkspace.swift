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
    private let forward: SearchSide
    private let backward: SearchSide
    /// Whether each node's distance from the source is final (weighted searches).
    private let settled: UnsafeMutableBufferPointer<Bool>
    private var heap: DistanceHeap

    /// - Parameter heapCapacity: 0 for hop counts; for weighted distances, at least one more than
    ///   the number of directed edges.
    init(nodeCount: Int, heapCapacity: Int) {
        forward = SearchSide(nodeCount: nodeCount)
        backward = SearchSide(nodeCount: heapCapacity == 0 ? nodeCount : 0)
        settled = .allocate(capacity: nodeCount)
        settled.initialize(repeating: false)
        heap = DistanceHeap(capacity: heapCapacity)
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
            if searchDistances(to: target, in: graph, lengths: lengths) {
                forward.walkBack(from: target, to: source, in: graph, lengths: lengths, settled: settled, using: &generator, into: counts)
            }
            for index in 0..<forward.touchedCount { settled[Int(forward.touched[index])] = false }
            heap.removeAll()
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

    /// Dijkstra's algorithm from the source until `target` is settled.
    private func searchDistances(to target: Int, in graph: GraphBuffers, lengths: UnsafeBufferPointer<Double>) -> Bool {
        heap.push(0, forward.touched[0])
        while !heap.isEmpty {
            let (reached, node32) = heap.pop()
            let node = Int(node32)
            guard reached == forward.distance[node], !settled[node] else { continue }  // a stale entry
            settled[node] = true
            if node == target { return true }
            let paths = forward.pathCount[node]
            for edge in graph.edgeRange(of: node) {
                let neighbor = Int(graph.targets[edge])
                let candidate = reached + lengths[edge]
                if candidate < forward.distance[neighbor] {
                    if forward.distance[neighbor] == .infinity { forward.touch(neighbor) }
                    forward.distance[neighbor] = candidate
                    forward.pathCount[neighbor] = paths
                    heap.push(candidate, Int32(neighbor))
                } else if candidate == forward.distance[neighbor] {
                    forward.pathCount[neighbor] += paths
                }
            }
        }
        return false
    }
}

/// One search of a ``PathSamplingWorkspace``: distances and path counts from one end.
private final class SearchSide {
    /// The distance from this side's end; infinity for nodes not reached.
    let distance: UnsafeMutableBufferPointer<Double>
    /// σ: the number of shortest paths from this side's end.
    let pathCount: UnsafeMutableBufferPointer<Double>
    /// The nodes given a distance, in that order: the breadth-first queue, and what to reset.
    let touched: UnsafeMutableBufferPointer<Int32>
    private(set) var touchedCount = 0
    /// Where the last complete level starts in ``touched``.
    private var levelStart = 0

    init(nodeCount: Int) {
        distance = .allocate(capacity: nodeCount)
        distance.initialize(repeating: .infinity)
        pathCount = .allocate(capacity: nodeCount)
        pathCount.initialize(repeating: 0)
        touched = .allocate(capacity: nodeCount)
        touched.initialize(repeating: 0)
    }

    deinit {
        distance.deallocate()
        pathCount.deallocate()
        touched.deallocate()
    }

    func start(at end: Int) {
        distance[end] = 0
        pathCount[end] = 1
        touched[0] = Int32(end)
        touchedCount = 1
        levelStart = 0
    }

    func touch(_ node: Int) {
        touched[touchedCount] = Int32(node)
        touchedCount += 1
    }

    /// The nodes of the last complete level.
    var frontier: some Sequence<Int> { touched[levelStart..<touchedCount].lazy.map { Int($0) } }

    /// The number of edges leaving the last complete level: what growing it costs.
    func frontierEdges(in graph: GraphBuffers) -> Int {
        frontier.reduce(0) { $0 + graph.edgeRange(of: $1).count }
    }

    /// Adds the next level, counting its shortest paths; returns `false` when there is none.
    func growLevel(in graph: GraphBuffers) -> Bool {
        let levelEnd = touchedCount
        for index in levelStart..<levelEnd {
            let node = Int(touched[index])
            let next = distance[node] + 1
            let paths = pathCount[node]
            for edge in graph.edgeRange(of: node) {
                let neighbor = Int(graph.targets[edge])
                if distance[neighbor] == .infinity {
                    distance[neighbor] = next
                    pathCount[neighbor] = paths
                    touch(neighbor)
                } else if distance[neighbor] == next {
                    pathCount[neighbor] += paths
                }
            }
        }
        levelStart = levelEnd
        return touchedCount > levelEnd
    }

    /// Walks from `node` back to this side's end, drawing each predecessor *z* of the current node
    /// *w* with probability σ(*z*) / σ(*w*), and adds 1 to `counts` for each node passed (`end`
    /// excluded, `node` too).
    func walkBack(
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

    /// Forgets the search.
    func reset() {
        for index in 0..<touchedCount { distance[Int(touched[index])] = .infinity }
        touchedCount = 0
        levelStart = 0
    }
}
