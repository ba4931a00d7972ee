import Foundation

/// The distinct matching keys of every institution's names, canonically decomposed, stored one
/// after another as Unicode scalar values: what ``DuplicateFinder`` compares.
///
/// Keys come in the order of their institutions, and within one institution in the order of its
/// names (``LocalizedName/all``, then the aliases). A name whose key is empty, or the same as an
/// earlier name's of the same institution, adds no key: it would match exactly what that name does.
struct MatchingKeys {
    /// The scalar values of every key, one key after another.
    private(set) var scalars: [UInt32] = []
    /// For each scalar, whether it is numeric (has a Unicode numeric type, as digits do).
    private(set) var numeric: [Bool] = []
    /// Where each key starts in ``scalars``, and where the last one ends.
    private(set) var starts: [Int] = [0]
    /// For each key, the position of its institution.
    private(set) var institutions: [Int] = []
    /// For each key, the position of the first name it comes from among its institution's names
    /// and aliases.
    private(set) var names: [Int] = []

    /// The number of keys.
    var count: Int { institutions.count }

    /// - Complexity: O(total length of the names), plus, for each institution, O(names²) key
    ///   comparisons to drop repeated keys.
    init(_ institutions: [Institution]) {
        for (position, institution) in institutions.enumerated() {
            let first = count
            for (index, name) in (institution.name.all + institution.aliases).enumerated() {
                appendScalars(of: NameNormalizer.key(for: name))
                let added = starts[count]..<scalars.count
                let repeated = (first..<count).contains { scalars[range(of: $0)].elementsEqual(scalars[added]) }
                if added.isEmpty || repeated {
                    scalars.removeSubrange(added)
                    numeric.removeSubrange(added)
                    continue
                }
                starts.append(scalars.count)
                self.institutions.append(position)
                names.append(index)
            }
        }
    }

    /// Appends the key's scalars, canonically decomposed (ASCII needs no decomposition).
    private mutating func appendScalars(of key: String) {
        if key.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in key.utf8 {
                scalars.append(UInt32(byte))
                numeric.append((0x30...0x39).contains(byte))
            }
        } else {
            for scalar in key.decomposedStringWithCanonicalMapping.unicodeScalars {
                scalars.append(scalar.value)
                numeric.append(scalar.properties.numericType != nil)
            }
        }
    }

    /// Where key `key` lies in ``scalars``.
    func range(of key: Int) -> Range<Int> { starts[key]..<starts[key + 1] }

    /// The number of scalars of key `key`.
    func length(of key: Int) -> Int { starts[key + 1] - starts[key] }

    /// Whether two keys are at most one insertion, deletion, substitution or swap of two
    /// neighbouring scalars apart (an optimal string alignment distance of 0 or 1, as
    /// ``EditDistance`` counts).
    ///
    /// - Complexity: O(length), with no allocation.
    func areWithinOneEdit(_ a: Int, _ b: Int) -> Bool {
        let (x, y) = (range(of: a), range(of: b))
        guard abs(x.count - y.count) <= 1 else { return false }
        var common = 0
        while common < min(x.count, y.count), scalars[x.lowerBound + common] == scalars[y.lowerBound + common] { common += 1 }
        func tailsEqual(_ i: Int, _ j: Int) -> Bool {
            scalars[(x.lowerBound + i)..<x.upperBound].elementsEqual(scalars[(y.lowerBound + j)..<y.upperBound])
        }
        if x.count > y.count { return tailsEqual(common + 1, common) }
        if x.count < y.count { return tailsEqual(common, common + 1) }
        if common == x.count || tailsEqual(common + 1, common + 1) { return true }
        return common + 1 < x.count
            && scalars[x.lowerBound + common] == scalars[y.lowerBound + common + 1]
            && scalars[x.lowerBound + common + 1] == scalars[y.lowerBound + common]
            && tailsEqual(common + 2, common + 2)
    }

    /// Whether two different keys are the same once their numeric scalars are removed:
    /// `org-000002` and `org-000003`, or `Team 1` and `Team 12`, are a numbered series, not a typo.
    ///
    /// - Complexity: O(length), with no allocation.
    func differOnlyInNumbers(_ a: Int, _ b: Int) -> Bool {
        let (x, y) = (range(of: a), range(of: b))
        guard !scalars[x].elementsEqual(scalars[y]) else { return false }
        var (i, j) = (x.lowerBound, y.lowerBound)
        while true {
            while i < x.upperBound, numeric[i] { i += 1 }
            while j < y.upperBound, numeric[j] { j += 1 }
            guard i < x.upperBound, j < y.upperBound else { return i == x.upperBound && j == y.upperBound }
            guard scalars[i] == scalars[j] else { return false }
            i += 1
            j += 1
        }
    }

    /// Whether variant `v` of key `a` and variant `w` of key `b` are the same scalars, where
    /// variant 0 is the key itself and variant `i + 1` the key without its scalar `i`.
    ///
    /// - Complexity: O(length), with no allocation.
    func variantsAreEqual(_ a: Int, _ v: Int, _ b: Int, _ w: Int) -> Bool {
        let (x, y) = (range(of: a), range(of: b))
        guard x.count - (v == 0 ? 0 : 1) == y.count - (w == 0 ? 0 : 1) else { return false }
        var (i, j) = (x.lowerBound, y.lowerBound)
        while true {
            if v > 0, i == x.lowerBound + v - 1 { i += 1 }
            if w > 0, j == y.lowerBound + w - 1 { j += 1 }
            guard i < x.upperBound, j < y.upperBound else { return true }
            guard scalars[i] == scalars[j] else { return false }
            i += 1
            j += 1
        }
    }
}
