/// One worker's buffers for drawing shortest paths uniformly at random between two given nodes,
/// allocated once and reused for every sample (Riondato and Kornaropoulos 2016).
///
/// A search from the source counts shortest paths (σ) until the target's level is complete, or
/// the target is settled when distances are weighted; walking back from the target, each step
/// picks a predecessor *z* of the current node *w* with probability σ(*z*) / σ(*w*), which draws
/// every shortest path with the same probability.
///
/// A class rather than a non-copyable struct, as ``ShortestPathWorkspace``.
final class PathSamplingWorkspace {
    /// The distance from the source; infinity for nodes not reached.
    private let distance: UnsafeMutableBufferPointer<Double>
    /// σ: the number of shortest paths from the source.
    private let pathCount: UnsafeMutableBufferPointer<Double>
    /// Whether each node's distance is final (weighted searches).
    private let settled: UnsafeMutableBufferPointer<Bool>
    /// The nodes given a distance, in that order: the breadth-first queue, and what to reset.
    private let touched: UnsafeMutableBufferPointer<Int32>
    private var touchedCount = 0
    private var heap: DistanceHeap

    /// - Parameter heapCapacity: 0 for hop counts; for weighted distances, at least one more than
    ///   the number of directed edges.
    init(nodeCount: Int, heapCapacity: Int) {
        distance = .allocate(capacity: nodeCount)
        distance.initialize(repeating: .infinity)
        pathCount = .allocate(capacity: nodeCount)
        pathCount.initialize(repeating: 0)
        settled = .allocate(capacity: nodeCount)
        settled.initialize(repeating: false)
        touched = .allocate(capacity: nodeCount)
        touched.initialize(repeating: 0)
        heap = DistanceHeap(capacity: heapCapacity)
    }

    deinit {
        distance.deallocate()
        pathCount.deallocate()
        settled.deallocate()
        touched.deallocate()
    }

    /// Draws one shortest path from `source` to `target` uniformly at random and adds 1 to
    /// `counts` for each node inside it (its ends excluded); does nothing when `target` cannot be
    /// reached.
    ///
    /// - Parameter lengths: the edge lengths, or `nil` for hops.
    func sample(
        from source: Int, to target: Int, in graph: GraphBuffers, lengths: UnsafeBufferPointer<Double>?,
        using generator: inout SplitMixGenerator, into counts: UnsafeMutableBufferPointer<Double>
    ) {
        distance[source] = 0
        pathCount[source] = 1
        touched[0] = Int32(source)
        touchedCount = 1
        let found = if let lengths { searchDistances(to: target, in: graph, lengths: lengths) } else { searchHops(to: target, in: graph) }
        if found {
            var node = target
            while true {
                node = predecessor(of: node, in: graph, lengths: lengths, using: &generator)
                guard node != source else { break }
                counts[node] += 1
            }
        }
        for index in 0..<touchedCount {
            let node = Int(touched[index])
            distance[node] = .infinity
            settled[node] = false
        }
        heap.removeAll()
    }

    /// Breadth-first search from the source until `target`'s level is complete.
    private func searchHops(to target: Int, in graph: GraphBuffers) -> Bool {
        var levelStart = 0
        while levelStart < touchedCount {
            let levelEnd = touchedCount
            // The target's paths are all counted once the level before it is done.
            if distance[target] < .infinity { return true }
            for index in levelStart..<levelEnd {
                let node = Int(touched[index])
                let next = distance[node] + 1
                let paths = pathCount[node]
                for edge in graph.edgeRange(of: node) {
                    let neighbor = Int(graph.targets[edge])
                    if distance[neighbor] == .infinity {
                        distance[neighbor] = next
                        pathCount[neighbor] = paths
                        touched[touchedCount] = Int32(neighbor)
                        touchedCount += 1
                    } else if distance[neighbor] == next {
                        pathCount[neighbor] += paths
                    }
                }
            }
            levelStart = levelEnd
        }
        return distance[target] < .infinity
    }

    /// Dijkstra's algorithm from the source until `target` is settled; paths whose lengths add up
    /// to exactly the same value tie, as in ``ShortestPathWorkspace``.
    private func searchDistances(to target: Int, in graph: GraphBuffers, lengths: UnsafeBufferPointer<Double>) -> Bool {
        heap.push(0, touched[0])
        while !heap.isEmpty {
            let (reached, node32) = heap.pop()
            let node = Int(node32)
            guard reached == distance[node], !settled[node] else { continue }  // a stale entry
            settled[node] = true
            if node == target { return true }
            let paths = pathCount[node]
            for edge in graph.edgeRange(of: node) {
                let neighbor = Int(graph.targets[edge])
                let candidate = reached + lengths[edge]
                if candidate < distance[neighbor] {
                    if distance[neighbor] == .infinity {
                        touched[touchedCount] = Int32(neighbor)
                        touchedCount += 1
                    }
                    distance[neighbor] = candidate
                    pathCount[neighbor] = paths
                    heap.push(candidate, Int32(neighbor))
                } else if candidate == distance[neighbor] {
                    pathCount[neighbor] += paths
                }
            }
        }
        return false
    }

    /// A predecessor of `node` on shortest paths from the source, drawn with probability
    /// σ(predecessor) / σ(`node`).
    private func predecessor(
        of node: Int, in graph: GraphBuffers, lengths: UnsafeBufferPointer<Double>?, using generator: inout SplitMixGenerator
    ) -> Int {
        let threshold = generator.nextUnit() * pathCount[node]
        var cumulative = 0.0
        var last = -1
        for edge in graph.edgeRange(of: node) {
            let neighbor = Int(graph.targets[edge])
            let isPredecessor = if let lengths {
                settled[neighbor] && distance[neighbor] + lengths[edge] == distance[node]
            } else {
                distance[neighbor] + 1 == distance[node]
            }
            guard isPredecessor else { continue }
            cumulative += pathCount[neighbor]
            last = neighbor
            if cumulative > threshold { return neighbor }
        }
        // Rounding can leave the running sum a hair short of σ: the last predecessor takes it.
        return last
    }
}
