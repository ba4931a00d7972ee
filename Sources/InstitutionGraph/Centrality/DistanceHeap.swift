/// A binary min-heap of tentative distances for Dijkstra's algorithm, in a buffer allocated once.
///
/// Entries are never decreased in place: a shorter distance is pushed again and the stale entry is
/// skipped when it surfaces, so the capacity must cover one push per edge relaxation.
struct DistanceHeap: ~Copyable {
    private let distances: UnsafeMutableBufferPointer<Double>
    private let nodes: UnsafeMutableBufferPointer<Int32>
    private(set) var count = 0

    init(capacity: Int) {
        distances = .allocate(capacity: capacity)
        nodes = .allocate(capacity: capacity)
    }

    deinit {
        distances.deallocate()
        nodes.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    /// Empties the heap, keeping its buffers, and calls `body` with the node of every entry it held,
    /// stale ones included.
    mutating func removeAll(_ body: (Int32) -> Void) {
        for index in 0..<count { body(nodes[index]) }
        count = 0
    }

    /// - Complexity: O(log *count*)
    mutating func push(_ distance: Double, _ node: Int32) {
        var child = count
        count += 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard distances[parent] > distance else { break }
            distances[child] = distances[parent]
            nodes[child] = nodes[parent]
            child = parent
        }
        distances[child] = distance
        nodes[child] = node
    }

    /// Removes and returns the entry with the smallest distance.
    ///
    /// - Precondition: the heap is not empty.
    /// - Complexity: O(log *count*)
    mutating func pop() -> (distance: Double, node: Int32) {
        let top = (distances[0], nodes[0])
        count -= 1
        let (distance, node) = (distances[count], nodes[count])
        var parent = 0
        while true {
            var child = 2 * parent + 1
            guard child < count else { break }
            if child + 1 < count, distances[child + 1] < distances[child] { child += 1 }
            guard distances[child] < distance else { break }
            distances[parent] = distances[child]
            nodes[parent] = nodes[child]
            parent = child
        }
        distances[parent] = distance
        nodes[parent] = node
        return top
    }
}
