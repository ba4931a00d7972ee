import Foundation

/// How much two consortia overlap, as a count or a similarity.
public enum OverlapMeasure: String, CaseIterable, Sendable {
    /// The number of shared institutions, |A ∩ B|.
    case count
    /// |A ∩ B| / |A ∪ B|, between 0 and 1.
    case jaccard
    /// |A ∩ B| / min(|A|, |B|) (Szymkiewicz–Simpson), 1 when one consortium lies inside the other.
    case overlapCoefficient = "overlap-coefficient"
}

/// The institutions two consortia share.
public struct ConsortiumPair: Sendable, Equatable {
    /// The earlier consortium's index in ``Dataset/consortia``.
    public var first: Int
    /// The later consortium's index.
    public var second: Int
    /// The shared institutions' indices, in dataset order.
    public var shared: [Int]
    /// The sizes of the two consortia, in institutions.
    public var firstSize: Int
    public var secondSize: Int

    /// |A ∩ B| / |A ∪ B|.
    public var jaccard: Double { value(.jaccard) }
    /// |A ∩ B| / min(|A|, |B|).
    public var overlapCoefficient: Double { value(.overlapCoefficient) }

    /// The pair's value under `measure`.
    public func value(_ measure: OverlapMeasure) -> Double {
        Self.value(measure, shared: shared.count, firstSize, secondSize)
    }

    /// The value under `measure` of two consortia of sizes `a` and `b` sharing `shared` institutions.
    static func value(_ measure: OverlapMeasure, shared: Int, _ a: Int, _ b: Int) -> Double {
        switch measure {
        case .count: Double(shared)
        case .jaccard: Double(shared) / Double(a + b - shared)
        case .overlapCoefficient: Double(shared) / Double(min(a, b))
        }
    }
}

extension Dataset {
    /// Every pair of consortia that shares at least one institution, ordered by the first
    /// consortium then the second.
    ///
    /// - Complexity: O(Σ_i c_i² + P × size) for c_i consortia per institution and P pairs; see
    ///   ``overlappingPairs(top:by:threads:)`` for large datasets.
    public func overlappingPairs() -> [ConsortiumPair] {
        BipartiteGraph(self).overlappingPairs()
    }

    /// The `limit` pairs of consortia that overlap most under `measure` (ties: more shared
    /// institutions, then dataset order), most first.
    ///
    /// Overlaps are counted consortium by consortium into a dense array, on `threads` threads, and
    /// only the best `limit` pairs are kept and have their shared institutions listed, so memory
    /// stays O(memberships + limit) however many pairs overlap. By `.count`, pairs that cannot
    /// reach the best `limit` are skipped unseen: consortia are taken largest first, and a
    /// consortium smaller than the weakest pair kept cannot make the list (a size filter, as in
    /// similarity joins). The result does not depend on the number of threads: ranks are a
    /// total order.
    ///
    /// - Complexity: O(Σ_i c_i² + P log limit) for c_i consortia per institution and P overlapping pairs.
    public func overlappingPairs(
        top limit: Int, by measure: OverlapMeasure, threads: Int = CentralityOptions.defaultThreadCount
    ) -> [ConsortiumPair] {
        BipartiteGraph(self).overlappingPairs(top: limit, by: measure, threads: threads)
    }

    /// The `limit` pairs of consortia that overlap most under `measure`, as
    /// ``overlappingPairs(top:by:threads:)``, and how many pairs overlap in all.
    ///
    /// - Complexity: that of ``overlappingPairs(top:by:threads:)``.
    public func overlapRanking(
        top limit: Int, by measure: OverlapMeasure, threads: Int = CentralityOptions.defaultThreadCount
    ) -> (pairs: [ConsortiumPair], overlappingPairCount: Int) {
        BipartiteGraph(self).overlapRanking(top: limit, by: measure, threads: threads)
    }
}

extension MembershipGraph {
    /// Every pair of consortia that shares at least one institution, as
    /// ``Dataset/overlappingPairs()`` gives them for the dataset the table loads into.
    ///
    /// - Complexity: that of ``Dataset/overlappingPairs()``.
    public func overlappingPairs() -> [ConsortiumPair] {
        bipartite.overlappingPairs()
    }

    /// The `limit` pairs of consortia that overlap most under `measure`, as
    /// ``Dataset/overlappingPairs(top:by:threads:)`` gives them for the dataset the table loads
    /// into, read from the graph: 8 bytes per membership beside it, and no dataset of strings.
    ///
    /// - Complexity: that of ``Dataset/overlappingPairs(top:by:threads:)``.
    public func overlappingPairs(
        top limit: Int, by measure: OverlapMeasure, threads: Int = CentralityOptions.defaultThreadCount
    ) -> [ConsortiumPair] {
        bipartite.overlappingPairs(top: limit, by: measure, threads: threads)
    }
}

extension BipartiteGraph {
    /// The number of institutions consortium `index` has.
    func size(ofConsortium index: Int) -> Int { graph.degree(of: node(consortium: index)) }

    /// Every pair of consortia that shares at least one institution, ordered by the first
    /// consortium then the second.
    func overlappingPairs() -> [ConsortiumPair] {
        var pairs: [ConsortiumPair] = []
        sweepOverlaps(firsts: 0..<consortiumCount, inOrder: true) { first, second, count in
            pairs.append(pair(first, second, sharedCount: count))
        }
        return pairs
    }

    /// The `limit` pairs of consortia that overlap most under `measure`, most first.
    func overlappingPairs(top limit: Int, by measure: OverlapMeasure, threads: Int) -> [ConsortiumPair] {
        measure == .count ? topPairsBySharedCount(limit, threads: threads) : overlapRanking(top: limit, by: measure, threads: threads).pairs
    }

    /// The `limit` pairs of consortia that overlap most under `measure`, and how many pairs
    /// overlap in all: every overlapping pair counted, on `threads` threads.
    func overlapRanking(top limit: Int, by measure: OverlapMeasure, threads: Int) -> (pairs: [ConsortiumPair], overlappingPairCount: Int) {
        let stripes = Swift.max(1, Swift.min(threads, consortiumCount))
        let results = StripedResults<(best: BoundedBest<RankedPair>, count: Int)>(count: stripes)
        DispatchQueue.concurrentPerform(iterations: stripes) { stripe in
            var best = BoundedBest<RankedPair>(capacity: limit)
            var count = 0
            sweepOverlaps(firsts: Swift.stride(from: stripe, to: consortiumCount, by: stripes), inOrder: false) { first, second, shared in
                let value = ConsortiumPair.value(measure, shared: shared, size(ofConsortium: first), size(ofConsortium: second))
                best.insert(RankedPair(value: value, count: shared, first: first, second: second))
                count += 1
            }
            results.store((best, count), at: stripe)
        }
        var best = BoundedBest<RankedPair>(capacity: limit)
        for stripe in results.values { for pair in stripe.best.sortedDescending() { best.insert(pair) } }
        let pairs = best.sortedDescending().map { pair($0.first, $0.second, sharedCount: $0.count) }
        return (pairs, results.values.reduce(0) { $0 + $1.count })
    }

    /// Calls `body(first, second, shared)` for every overlapping pair with `first` in `firsts`
    /// and `first < second`: by `first`, and by `second` within it when `inOrder`.
    ///
    /// Reads the graph's arrays in place, with a dense counter per consortium, so the inner loop
    /// is a load and an increment.
    private func sweepOverlaps(firsts: some Sequence<Int>, inOrder: Bool, _ body: (Int, Int, Int) -> Void) {
        var counts = [Int32](repeating: 0, count: consortiumCount)
        var touched: [Int32] = []
        graph.offsets.withUnsafeBufferPointer { offsets in
            graph.targets.withUnsafeBufferPointer { targets in
                counts.withUnsafeMutableBufferPointer { counts in
                    for first in firsts {
                        // A consortium's neighbours are institution nodes; theirs are consortia.
                        for slot in Int(offsets[first])..<Int(offsets[first + 1]) {
                            let institution = Int(targets[slot])
                            // Consortia are listed in ascending order: walk back to `first`.
                            var position = Int(offsets[institution + 1]) - 1
                            while position >= Int(offsets[institution]), Int(targets[position]) > first {
                                let second = Int(targets[position])
                                if counts[second] == 0 { touched.append(Int32(second)) }
                                counts[second] += 1
                                position -= 1
                            }
                        }
                        if inOrder { touched.sort() }
                        for second in touched {
                            body(first, Int(second), Int(counts[Int(second)]))
                            counts[Int(second)] = 0
                        }
                        touched.removeAll(keepingCapacity: true)
                    }
                }
            }
        }
    }

    /// The pair with its shared institutions listed, in ascending order.
    func pair(_ first: Int, _ second: Int, sharedCount: Int) -> ConsortiumPair {
        let (small, large) = size(ofConsortium: first) <= size(ofConsortium: second) ? (first, second) : (second, first)
        let shared = graph.neighbors(of: node(consortium: small))
            .filter { graph.neighbors(of: Int($0)).binarySearchContains(Int32(large)) }
            .map { Int($0) - consortiumCount }
        assert(shared.count == sharedCount)
        return ConsortiumPair(
            first: first, second: second, shared: shared, firstSize: size(ofConsortium: first), secondSize: size(ofConsortium: second))
    }
}

/// A pair's rank key: higher value first, then more shared institutions, then earlier pairs.
struct RankedPair: Comparable, Sendable {
    var value: Double
    var count: Int
    var first: Int
    var second: Int

    static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.value, lhs.count, rhs.first, rhs.second) < (rhs.value, rhs.count, lhs.first, lhs.second)
    }
}

extension ArraySlice where Element == Int32 {
    /// Whether the sorted slice holds `value`.
    ///
    /// - Complexity: O(log n)
    func binarySearchContains(_ value: Int32) -> Bool {
        var (low, high) = (startIndex, endIndex)
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < endIndex && self[low] == value
    }
}

extension Dataset {
    /// The consortium × consortium matrix under `measure`: shared counts (or similarities) off the
    /// diagonal, and on it each consortium's size for `.count` and 1 for the similarities.
    ///
    /// - Complexity: O(consortia²) memory; use ``overlappingPairs()`` for large datasets.
    public func overlapMatrix(_ measure: OverlapMeasure, pairs: [ConsortiumPair]) -> [[Double]] {
        ConsortiumPair.matrix(measure, sizes: consortia.map(\.members.count), pairs: pairs)
    }
}

extension MembershipGraph {
    /// The consortium × consortium matrix under `measure`, as ``Dataset/overlapMatrix(_:pairs:)``
    /// gives it for the dataset the table loads into.
    ///
    /// - Complexity: O(consortia²) memory.
    public func overlapMatrix(_ measure: OverlapMeasure, pairs: [ConsortiumPair]) -> [[Double]] {
        let sizes = (0..<bipartite.consortiumCount).map { bipartite.graph.degree(of: bipartite.node(consortium: $0)) }
        return ConsortiumPair.matrix(measure, sizes: sizes, pairs: pairs)
    }
}

extension ConsortiumPair {
    /// The matrix of consortia of `sizes` under `measure`, `pairs` off the diagonal.
    static func matrix(_ measure: OverlapMeasure, sizes: [Int], pairs: [ConsortiumPair]) -> [[Double]] {
        var matrix = Array(repeating: Array(repeating: 0.0, count: sizes.count), count: sizes.count)
        for (position, size) in sizes.enumerated() {
            matrix[position][position] = measure == .count ? Double(size) : 1
        }
        for pair in pairs {
            matrix[pair.first][pair.second] = pair.value(measure)
            matrix[pair.second][pair.first] = pair.value(measure)
        }
        return matrix
    }
}
