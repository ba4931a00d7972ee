/// The `capacity` greatest elements seen so far, kept in a min-heap.
struct BoundedBest<Element: Comparable & Sendable>: Sendable {
    let capacity: Int
    private var heap: [Element] = []

    init(capacity: Int) {
        self.capacity = capacity
        heap.reserveCapacity(Swift.min(capacity, 1024))
    }

    /// Offers `element`; it is kept if it is among the `capacity` greatest so far.
    ///
    /// - Complexity: O(log capacity)
    mutating func insert(_ element: Element) {
        guard capacity > 0 else { return }
        if heap.count < capacity {
            heap.append(element)
            siftUp(heap.count - 1)
        } else if heap[0] < element {
            heap[0] = element
            siftDown(0)
        }
    }

    /// The kept elements, greatest first.
    func sortedDescending() -> [Element] { heap.sorted(by: >) }

    /// The weakest element kept, once `capacity` are kept: what a newcomer must beat.
    var weakest: Element? { heap.count == capacity ? heap.first : nil }

    private mutating func siftUp(_ index: Int) {
        var child = index
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child] < heap[parent] else { return }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ index: Int) {
        var parent = index
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < heap.count, heap[left] < heap[smallest] { smallest = left }
            if right < heap.count, heap[right] < heap[smallest] { smallest = right }
            guard smallest != parent else { return }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
