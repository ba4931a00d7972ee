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
    public var jaccard: Double { Double(shared.count) / Double(firstSize + secondSize - shared.count) }
    /// |A ∩ B| / min(|A|, |B|).
    public var overlapCoefficient: Double { Double(shared.count) / Double(min(firstSize, secondSize)) }

    /// The pair's value under `measure`.
    public func value(_ measure: OverlapMeasure) -> Double {
        switch measure {
        case .count: Double(shared.count)
        case .jaccard: jaccard
        case .overlapCoefficient: overlapCoefficient
        }
    }
}

extension Dataset {
    /// Every pair of consortia that shares at least one institution, ordered by the first
    /// consortium then the second.
    ///
    /// Pairs are found through each institution's consortia, so consortia that share nothing
    /// cost nothing: the work grows with Σ (consortia per institution)², not with consortia².
    ///
    /// - Complexity: O(Σ_i c_i² + P log P) for c_i consortia per institution and P pairs.
    public func overlappingPairs() -> [ConsortiumPair] {
        let sizes = consortia.map(\.members.count)
        var sharedByPair: [Int: [Int]] = [:]
        let count = consortia.count
        for (institution, memberOf) in consortiaByInstitution().enumerated() where memberOf.count > 1 {
            for (position, first) in memberOf.enumerated() {
                for second in memberOf[(position + 1)...] {
                    sharedByPair[first * count + second, default: []].append(institution)
                }
            }
        }
        return sharedByPair.keys.sorted().map { key in
            let (first, second) = (key / count, key % count)
            return ConsortiumPair(
                first: first, second: second, shared: sharedByPair[key]!,
                firstSize: sizes[first], secondSize: sizes[second])
        }
    }

    /// The consortium × consortium matrix under `measure`: shared counts (or similarities) off the
    /// diagonal, and on it each consortium's size for `.count` and 1 for the similarities.
    ///
    /// - Complexity: O(consortia²) memory; use ``overlappingPairs()`` for large datasets.
    public func overlapMatrix(_ measure: OverlapMeasure, pairs: [ConsortiumPair]) -> [[Double]] {
        var matrix = Array(repeating: Array(repeating: 0.0, count: consortia.count), count: consortia.count)
        for (position, consortium) in consortia.enumerated() {
            matrix[position][position] = measure == .count ? Double(consortium.members.count) : 1
        }
        for pair in pairs {
            matrix[pair.first][pair.second] = pair.value(measure)
            matrix[pair.second][pair.first] = pair.value(measure)
        }
        return matrix
    }
}
