/// A single-source shortest-path search that counts the shortest paths to every node it reaches
/// (σ), in buffers allocated once and reused for every source: breadth-first, whole or one level at
/// a time, or Dijkstra's algorithm, whole or until a target is settled. The search of Brandes'
/// algorithm (``ShortestPathWorkspace``) and of path sampling (``PathSamplingWorkspace``).
///
/// Paths whose lengths add up to exactly the same value tie, as in NetworkX. After a search the
/// nodes it reached are ``order``'s first ``count`` entries, the source first, in order of
/// non-decreasing distance; call ``reset()`` before the next ``start(at:)``.
///
/// A class rather than a non-copyable struct, as ``ShortestPathWorkspace``.
final class PathCountingSearch {
    /// The distance from the source; infinity for nodes not reached.
    let distance: UnsafeMutableBufferPointer<Double>
    /// σ: the number of shortest paths from the source.
    let pathCount: UnsafeMutableBufferPointer<Double>
    /// Breadth-first, the nodes reached in the order they were reached (the queue); Dijkstra, the
    /// nodes settled in the order they were settled.
    let order: UnsafeMutableBufferPointer<Int32>
    /// The number of entries of ``order``.
    private(set) var count = 0
    /// Where the last complete level starts in ``order`` (breadth-first).
    private var levelStart = 0
    /// Dijkstra's tentative distances; after a search stopped at its target, it still holds the
    /// nodes reached but not settled, which ``reset()`` forgets.
    private var heap: DistanceHeap

    /// - Parameter heapCapacity: 0 for hop counts; for weighted distances, at least one more than
    ///   the number of directed edges.
    init(nodeCount: Int, heapCapacity: Int) {
        distance = .allocate(capacity: nodeCount, filledWith: .infinity)
        pathCount = .allocate(capacity: nodeCount, filledWith: 0)
        order = .allocate(capacity: nodeCount, filledWith: 0)
        heap = DistanceHeap(capacity: heapCapacity)
    }

    deinit {
        distance.deallocate()
        pathCount.deallocate()
        order.deallocate()
    }

    /// Starts a search from `source`, one path long at distance 0.
    func start(at source: Int) {
        distance[source] = 0
        pathCount[source] = 1
        order[0] = Int32(source)
        count = 1
        levelStart = 0
    }

    /// The nodes of the last complete level (breadth-first).
    var frontier: some Sequence<Int> { order[levelStart..<count].lazy.map { Int($0) } }

    /// The number of edges leaving the last complete level: what growing it costs.
    func frontierEdges(in graph: GraphBuffers) -> Int {
        frontier.reduce(0) { $0 + graph.edgeRange(of: $1).count }
    }

    /// Adds the next breadth-first level, counting its shortest paths; returns `false` when there
    /// is none.
    @inline(__always)
    func growLevel(in graph: GraphBuffers) -> Bool {
        let levelEnd = count
        guard levelStart < levelEnd else { return false }
        let next = distance[Int(order[levelStart])] + 1
        var tail = levelEnd
        for index in levelStart..<levelEnd {
            let node = Int(order[index])
            let paths = pathCount[node]
            for edge in graph.edgeRange(of: node) {
                let neighbor = Int(graph.targets[edge])
                if distance[neighbor] == .infinity {
                    distance[neighbor] = next
                    pathCount[neighbor] = paths
                    order[tail] = Int32(truncatingIfNeeded: neighbor)
                    tail += 1
                } else if distance[neighbor] == next {
                    pathCount[neighbor] += paths
                }
            }
        }
        levelStart = levelEnd
        count = tail
        return tail > levelEnd
    }

    /// Breadth-first search from the source to every node it reaches.
    func searchHops(in graph: GraphBuffers) {
        while growLevel(in: graph) {}
    }

    /// Dijkstra's algorithm from the source, until every node it reaches is settled or, when
    /// `target` is a node, until `target` is; returns whether `target` was settled. `target` is
    /// settled, but its edges not followed.
    // Out of line: inlined into a caller's loop over sources, its registers spill (10% slower).
    @discardableResult @inline(never)
    func searchDistances(in graph: GraphBuffers, lengths: UnsafeBufferPointer<Double>, stoppingAt target: Int = -1) -> Bool {
        var settled = 0
        heap.push(0, order[0])
        while !heap.isEmpty {
            let (reached, node32) = heap.pop()
            let node = Int(node32)
            // A stale entry: a node is pushed only with a shorter distance, so it is settled once.
            guard reached == distance[node] else { continue }
            order[settled] = node32
            settled += 1
            if node == target {
                count = settled
                return true
            }
            let paths = pathCount[node]
            for edge in graph.edgeRange(of: node) {
                let neighbor = Int(graph.targets[edge])
                let candidate = reached + lengths[edge]
                if candidate < distance[neighbor] {
                    distance[neighbor] = candidate
                    pathCount[neighbor] = paths
                    heap.push(candidate, Int32(truncatingIfNeeded: neighbor))
                } else if candidate == distance[neighbor] {
                    pathCount[neighbor] += paths
                }
            }
        }
        count = settled
        return false
    }

    /// Forgets the last search.
    func reset() {
        for index in 0..<count { distance[Int(order[index])] = .infinity }
        heap.removeAll { distance[Int($0)] = .infinity }
        count = 0
        levelStart = 0
    }
}
