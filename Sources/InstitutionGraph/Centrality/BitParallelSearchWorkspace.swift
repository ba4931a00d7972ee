/// One worker's buffers for breadth-first searches from up to 64 sources at once, one bit per
/// source (multi-source BFS, Then et al. 2014): a node's word holds the sources that have reached
/// it, and one pass over a node's edges carries all of them a level further.
///
/// Sources close to each other reach most nodes at nearly the same levels, so a node is expanded
/// a few times per batch rather than once per source. Only the number of nodes each source reaches
/// at each level is kept; it gives distance sums, reciprocal sums and the sums a neighbouring leaf
/// needs (see ``HopDistanceSweep``).
///
/// A class rather than a non-copyable struct, as ``ShortestPathWorkspace``.
final class BitParallelSearchWorkspace {
    /// The number of sources one search carries: the bits of a word.
    static let width = UInt64.bitWidth

    /// The sources that have reached each node.
    private let seen: UnsafeMutableBufferPointer<UInt64>
    /// The sources that reached each node at the current level.
    private let frontier: UnsafeMutableBufferPointer<UInt64>
    /// The sources that reach each node at the next level, as they are found.
    private let next: UnsafeMutableBufferPointer<UInt64>
    /// The nodes of the current level, and of the next.
    private var current: UnsafeMutableBufferPointer<Int32>
    private var upcoming: UnsafeMutableBufferPointer<Int32>
    /// How many nodes each source reaches at the current level, as a bit-sliced counter: bit *i*
    /// of word *k* is bit *k* of source *i*'s count, so adding a node's new sources is a ripple of
    /// word operations.
    private let counter: UnsafeMutableBufferPointer<UInt64>

    init(nodeCount: Int) {
        seen = .allocate(capacity: nodeCount)
        seen.initialize(repeating: 0)
        frontier = .allocate(capacity: nodeCount)
        frontier.initialize(repeating: 0)
        next = .allocate(capacity: nodeCount)
        next.initialize(repeating: 0)
        current = .allocate(capacity: nodeCount)
        current.initialize(repeating: 0)
        upcoming = .allocate(capacity: nodeCount)
        upcoming.initialize(repeating: 0)
        counter = .allocate(capacity: UInt64.bitWidth)
        counter.initialize(repeating: 0)
    }

    deinit {
        seen.deallocate()
        frontier.deallocate()
        next.deallocate()
        current.deallocate()
        upcoming.deallocate()
        counter.deallocate()
    }

    /// Searches from `sources` (distinct, at most ``width``) and writes, for each source *s*:
    /// `reached[s]`, the nodes it reaches, itself included; `distances[s]`, the sum of their
    /// distances; `inverseDistances[s]`, Σ 1/*d* over the others; and `shiftedInverseDistances[s]`,
    /// Σ 1/(*d* + 1) over the others, what a leaf hanging off *s* needs.
    func search(
        from sources: ArraySlice<Int32>, in graph: GraphBuffers, reached: UnsafeMutableBufferPointer<Int>,
        distances: UnsafeMutableBufferPointer<Double>, inverseDistances: UnsafeMutableBufferPointer<Double>,
        shiftedInverseDistances: UnsafeMutableBufferPointer<Double>
    ) {
        precondition(sources.count <= Self.width)
        for (lane, source) in sources.enumerated() {
            let bit: UInt64 = 1 << UInt64(lane)
            seen[Int(source)] |= bit
            frontier[Int(source)] |= bit
            current[lane] = source
            reached[Int(source)] = 1
            distances[Int(source)] = 0
            inverseDistances[Int(source)] = 0
            shiftedInverseDistances[Int(source)] = 0
        }
        var currentCount = sources.count
        var distance = 0
        while currentCount > 0 {
            distance += 1
            var upcomingCount = 0
            for index in 0..<currentCount {
                let node = Int(current[index])
                let carried = frontier[node]
                frontier[node] = 0
                for edge in graph.edgeRange(of: node) {
                    let neighbor = Int(graph.targets[edge])
                    let arriving = carried & ~seen[neighbor]
                    guard arriving != 0 else { continue }
                    if next[neighbor] == 0 {
                        upcoming[upcomingCount] = Int32(truncatingIfNeeded: neighbor)
                        upcomingCount += 1
                    }
                    next[neighbor] |= arriving
                }
            }
            var counterWords = 0
            for index in 0..<upcomingCount {
                let node = Int(upcoming[index])
                let arriving = next[node]
                next[node] = 0
                seen[node] |= arriving
                frontier[node] = arriving
                var carry = arriving
                var word = 0
                while carry != 0 {
                    let overflow = counter[word] & carry
                    counter[word] ^= carry
                    carry = overflow
                    word += 1
                }
                counterWords = max(counterWords, word)
            }
            let level = Double(distance)
            for (lane, source) in sources.enumerated() {
                var count = 0
                for word in 0..<counterWords {
                    count |= Int((counter[word] >> UInt64(lane)) & 1) << word
                }
                guard count > 0 else { continue }
                let found = Double(count)
                reached[Int(source)] += count
                distances[Int(source)] += level * found
                inverseDistances[Int(source)] += found / level
                shiftedInverseDistances[Int(source)] += found / (level + 1)
            }
            for word in 0..<counterWords { counter[word] = 0 }
            swap(&current, &upcoming)
            currentCount = upcomingCount
        }
        // Every node reached is marked in `seen`; `frontier` and `next` are clear again.
        seen.update(repeating: 0)
    }
}
