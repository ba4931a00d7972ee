import Foundation

extension Dataset {
    /// The `limit` pairs of consortia that share the most institutions, as
    /// ``overlappingPairs(top:by:threads:)`` ranks them by `.count`, without counting the pairs
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
        guard limit > 0, !consortia.isEmpty else { return [] }
        // Consortia renumbered by rank: larger first, then dataset order.
        let sizes = consortia.map(\.members.count)
        let byRank = consortia.indices.sorted { (sizes[$1], $0) < (sizes[$0], $1) }
        let rankedSizes = byRank.map { Int32(sizes[$0]) }
        let members = FlatLists(byRank.map { consortia[$0].members.map(\.institution) })
        // Each institution's consortia by ascending rank, so by descending size.
        var ranksOf = Array(repeating: [Int](), count: institutions.count)
        for rank in byRank.indices {
            for member in consortia[byRank[rank]].members { ranksOf[member.institution].append(rank) }
        }
        let consortiaOf = FlatLists(ranksOf)
        ranksOf = []

        let stripes = Swift.max(1, Swift.min(threads, consortia.count))
        let results = StripedResults<BoundedBest<RankedPair>>(count: stripes)
        DispatchQueue.concurrentPerform(iterations: stripes) { stripe in
            var best = BoundedBest<RankedPair>(capacity: limit)
            var counts = [Int32](repeating: 0, count: consortia.count)
            var touched: [Int32] = []
            for first in Swift.stride(from: stripe, to: rankedSizes.count, by: stripes) {
                // Fewer than the weakest kept pair's count can only tie it, and then lose to it
                // or to any pair that also ties; strictly fewer cannot enter at all.
                let needed = best.weakest.map { Int32($0.count) } ?? 0
                guard rankedSizes[first] >= needed else { break }
                for slot in Int(members.offsets[first])..<Int(members.offsets[first + 1]) {
                    let institution = Int(members.values[slot])
                    var position = Int(consortiaOf.offsets[institution])
                    let end = Int(consortiaOf.offsets[institution + 1])
                    // Partners are those ranked after `first`: skip to them, then stop at the
                    // first too small to matter (sizes fall along the list).
                    var (low, high) = (position, end)
                    while low < high {
                        let middle = (low + high) / 2
                        if Int(consortiaOf.values[middle]) <= first { low = middle + 1 } else { high = middle }
                    }
                    position = low
                    while position < end {
                        let second = Int(consortiaOf.values[position])
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
        let memberOf = consortiaByInstitution()
        return best.sortedDescending().map { pair($0.first, $0.second, memberOf: memberOf, sharedCount: $0.count) }
    }
}
