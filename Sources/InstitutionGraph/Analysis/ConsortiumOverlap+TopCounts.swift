import Foundation

extension BipartiteGraph {
    /// The `limit` pairs of consortia that share the most institutions, as
    /// ``Dataset/overlappingPairs(top:by:threads:)`` ranks them by `.count`, without counting the pairs
    /// that cannot make the list: a size filter in the manner of similarity joins.
    ///
    /// Two consortia share at most as many institutions as the smaller has. Consortia are taken
    /// largest first, each paired only with those after it (no larger), so once the list is full
    /// and its weakest pair shares `w`, a consortium with fewer than `w` members pairs with
    /// nothing that could enter it, nor does any after it, and a partner with fewer than `w` is
    /// not counted. On a heavy-tailed programme `w` soon exceeds the size of almost every
    /// consortium, and almost all of the Σ c² pair counts are skipped.
    ///
    /// - Complexity: O(Σ over the consortia reached of their members' partners not skipped),
    ///   at worst the full sweep's O(Σ_i c_i²).
    func topPairsBySharedCount(_ limit: Int, threads: Int) -> [ConsortiumPair] {
        guard limit > 0, consortiumCount > 0 else { return [] }
        // Consortia renumbered by rank: larger first, then in order.
        let sizes = (0..<consortiumCount).map(size(ofConsortium:))
        let byRank = sizes.indices.sorted { (sizes[$1], $0) < (sizes[$0], $1) }
        let rankedSizes = byRank.map { Int32(sizes[$0]) }
        // Each ranked consortium's institutions, and each institution's consortia by ascending
        // rank, so by descending size (its list as long as in the graph, filled rank by rank).
        var memberOffsets = [Int32](repeating: 0, count: consortiumCount + 1)
        var memberValues = [Int32](repeating: 0, count: graph.edgeCount)
        let firstInstitutionSlot = graph.offsets[consortiumCount]
        let rankOffsets = graph.offsets[consortiumCount...].map { $0 - firstInstitutionSlot }
        var nextSlot = rankOffsets
        var ranks = [Int32](repeating: 0, count: graph.edgeCount)
        for rank in byRank.indices {
            var slot = Int(memberOffsets[rank])
            for institutionNode in graph.neighbors(of: node(consortium: byRank[rank])) {
                let institution = Int(institutionNode) - consortiumCount
                memberValues[slot] = Int32(institution)
                slot += 1
                ranks[Int(nextSlot[institution])] = Int32(rank)
                nextSlot[institution] += 1
            }
            memberOffsets[rank + 1] = Int32(slot)
        }
        nextSlot = []
        let (rankedMemberOffsets, rankedMembers, ranksOf) = (memberOffsets, memberValues, ranks)

        let stripes = Swift.max(1, Swift.min(threads, consortiumCount))
        let results = StripedResults<BoundedBest<RankedPair>>(count: stripes)
        DispatchQueue.concurrentPerform(iterations: stripes) { stripe in
            var best = BoundedBest<RankedPair>(capacity: limit)
            var counts = [Int32](repeating: 0, count: consortiumCount)
            var touched: [Int32] = []
            for first in Swift.stride(from: stripe, to: rankedSizes.count, by: stripes) {
                // Fewer than the weakest kept pair's count can only tie it, and then lose to it
                // or to any pair that also ties; strictly fewer cannot enter at all.
                let needed = best.weakest.map { Int32($0.count) } ?? 0
                guard rankedSizes[first] >= needed else { break }
                for slot in Int(rankedMemberOffsets[first])..<Int(rankedMemberOffsets[first + 1]) {
                    let institution = Int(rankedMembers[slot])
                    var position = Int(rankOffsets[institution])
                    let end = Int(rankOffsets[institution + 1])
                    // Partners are those ranked after `first`: skip to them, then stop at the
                    // first too small to matter (sizes fall along the list).
                    var (low, high) = (position, end)
                    while low < high {
                        let middle = (low + high) / 2
                        if Int(ranksOf[middle]) <= first { low = middle + 1 } else { high = middle }
                    }
                    position = low
                    while position < end {
                        let second = Int(ranksOf[position])
                        guard rankedSizes[second] >= needed else { break }
                        if counts[second] == 0 { touched.append(Int32(second)) }
                        counts[second] += 1
                        position += 1
                    }
                }
                for second in touched.lazy.map(Int.init) {
                    let (a, b) = (byRank[first], byRank[second])
                    let shared = Int(counts[second])
                    best.insert(RankedPair(value: Double(shared), count: shared, first: Swift.min(a, b), second: Swift.max(a, b)))
                    counts[second] = 0
                }
                touched.removeAll(keepingCapacity: true)
            }
            results.store(best, at: stripe)
        }
        var best = BoundedBest<RankedPair>(capacity: limit)
        for stripe in results.values { for pair in stripe.sortedDescending() { best.insert(pair) } }
        return best.sortedDescending().map { pair($0.first, $0.second, sharedCount: $0.count) }
    }
}
