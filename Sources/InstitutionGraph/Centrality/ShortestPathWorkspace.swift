/// One worker's buffers for single-source shortest paths, allocated once and reused for every
/// source (Brandes 2001: a search that counts shortest paths, then a pass back that accumulates
/// dependencies).
///
/// After ``search(from:in:lengths:)`` the nodes reached are ``order``'s first ``reachedCount``
/// entries in order of non-decreasing distance, the source first; call ``reset()`` before the next
/// source.
///
/// A class rather than a non-copyable struct: Swift 6.3 fails to compile `buffer[i] += x` on a
/// non-copyable struct's buffer with the thread sanitizer on.
final class ShortestPathWorkspace {
    /// The distance from the source; infinity for nodes not reached.
    private let distance: UnsafeMutableBufferPointer<Double>
    /// σ: the number of shortest paths from the source.
    private let pathCount: UnsafeMutableBufferPointer<Double>
    /// (1 + δ) / σ, δ being Brandes' dependency of the source on the node.
    private let dependency: UnsafeMutableBufferPointer<Double>
    /// The nodes reached, in the order they were settled; the breadth-first queue.
    private let order: UnsafeMutableBufferPointer<Int32>
    private(set) var reachedCount = 0
    private var heap: DistanceHeap

    /// - Parameter heapCapacity: 0 for hop counts; for weighted distances, at least one more than
    ///   the number of directed edges.
    init(nodeCount: Int, heapCapacity: Int) {
        distance = .allocate(capacity: nodeCount)
        distance.initialize(repeating: .infinity)
        pathCount = .allocate(capacity: nodeCount)
        pathCount.initialize(repeating: 0)
        dependency = .allocate(capacity: nodeCount)
        dependency.initialize(repeating: 0)
        order = .allocate(capacity: nodeCount)
        order.initialize(repeating: 0)
        heap = DistanceHeap(capacity: heapCapacity)
    }

    deinit {
        distance.deallocate()
        pathCount.deallocate()
        dependency.deallocate()
        order.deallocate()
    }

    /// Finds the shortest paths from `source`: breadth-first when every length is 1, otherwise
    /// Dijkstra's algorithm. Paths whose lengths add up to exactly the same value tie, as in
    /// NetworkX.
    func search(from source: Int, in graph: GraphBuffers, lengths: UnsafeBufferPointer<Double>?) {
        distance[source] = 0
        pathCount[source] = 1
        if let lengths {
            searchDistances(from: source, in: graph, lengths: lengths)
        } else {
            searchHops(from: source, in: graph)
        }
    }

    private func searchHops(from source: Int, in graph: GraphBuffers) {
        order[0] = Int32(source)
        var head = 0
        var tail = 1
        while head < tail {
            let node = Int(order[head])
            head += 1
            let next = distance[node] + 1
            let paths = pathCount[node]
            for edge in graph.edgeRange(of: node) {
                let neighbor = Int(graph.targets[edge])
                if distance[neighbor] == .infinity {
                    distance[neighbor] = next
                    pathCount[neighbor] = paths
                    order[tail] = Int32(neighbor)
                    tail += 1
                } else if distance[neighbor] == next {
                    pathCount[neighbor] += paths
                }
            }
        }
        reachedCount = tail
    }

    private func searchDistances(from source: Int, in graph: GraphBuffers, lengths: UnsafeBufferPointer<Double>) {
        var settled = 0
        heap.push(0, Int32(source))
        while !heap.isEmpty {
            let (reached, node32) = heap.pop()
            let node = Int(node32)
            guard reached == distance[node] else { continue }  // a stale entry
            order[settled] = node32
            settled += 1
            let paths = pathCount[node]
            for edge in graph.edgeRange(of: node) {
                let neighbor = Int(graph.targets[edge])
                let candidate = reached + lengths[edge]
                if candidate < distance[neighbor] {
                    distance[neighbor] = candidate
                    pathCount[neighbor] = paths
                    heap.push(candidate, Int32(neighbor))
                } else if candidate == distance[neighbor] {
                    pathCount[neighbor] += paths
                }
            }
        }
        reachedCount = settled
    }

    /// The number of nodes reached (the source included), and the sums of their distances and of
    /// the reciprocals of their distances (the source excluded).
    func distanceSums() -> (reached: Int, distances: Double, inverseDistances: Double) {
        var distances = 0.0
        var inverseDistances = 0.0
        for index in 1..<max(1, reachedCount) {
            let d = distance[Int(order[index])]
            distances += d
            inverseDistances += 1 / d
        }
        return (reachedCount, distances, inverseDistances)
    }

    /// Adds the distance from the source to every other node reached into `distances[node]`, and
    /// its reciprocal into `inverseDistances[node]`: distances to the nodes rather than from the
    /// source (``ApproximateCloseness``).
    func addDistances(into distances: UnsafeMutableBufferPointer<Double>, inverseDistances: UnsafeMutableBufferPointer<Double>) {
        for index in 1..<max(1, reachedCount) {
            let node = Int(order[index])
            let d = distance[node]
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
        for index in stride(from: reachedCount - 1, to: 0, by: -1) {
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
        for index in 0..<reachedCount {
            distance[Int(order[index])] = .infinity
        }
        reachedCount = 0
    }
}
