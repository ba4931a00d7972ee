import Foundation
@testable import InstitutionGraph

/// ``DuplicateFinder``'s documented behaviour by brute force: every name of every institution
/// compared with every name of every earlier one, its one-deletion variants built as arrays.
/// Quadratic, and only for checking the finder on small inputs.
enum QuadraticDuplicateFinder {
    static func probableDuplicates(in institutions: [Institution]) -> [DuplicateFinder.Pair] {
        let names = institutions.map { $0.name.all + $0.aliases }
        let keys = names.map { $0.map { Array(NameNormalizer.key(for: $0).decomposedStringWithCanonicalMapping.unicodeScalars) } }
        var pairs: [DuplicateFinder.Pair] = []
        for later in institutions.indices {
            // (the later name, the first variant of its key shared, the earlier institution, its name)
            var matches: [(name: Int, variant: Int, earlier: Int, earlierName: Int)] = []
            for earlier in 0..<later {
                for (name, key) in keys[later].enumerated() where !key.isEmpty {
                    for (earlierName, earlierKey) in keys[earlier].enumerated() where !earlierKey.isEmpty {
                        guard EditDistance.between(key, earlierKey) <= 1, !differOnlyInNumbers(key, earlierKey),
                            let shared = firstSharedVariant(of: key, with: earlierKey)
                        else { continue }
                        matches.append((name, shared, earlier, earlierName))
                    }
                }
            }
            matches.sort { ($0.name, $0.variant, $0.earlier, $0.earlierName) < ($1.name, $1.variant, $1.earlier, $1.earlierName) }
            var reported: Set<Int> = []
            for match in matches where reported.insert(match.earlier).inserted {
                pairs.append(
                    DuplicateFinder.Pair(
                        first: match.earlier, second: later,
                        firstName: names[match.earlier][match.earlierName], secondName: names[later][match.name]))
            }
        }
        return pairs
    }

    /// The key itself and, for keys long enough, the key without each of its scalars in turn.
    static func variants(of key: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        guard key.count >= DuplicateFinder.minimumLengthForNearMatches else { return [key] }
        return [key]
            + key.indices.map { skipped in
                var variant = key
                variant.remove(at: skipped)
                return variant
            }
    }

    /// The position, among `key`'s variants, of the first one `other` has too.
    static func firstSharedVariant(of key: [Unicode.Scalar], with other: [Unicode.Scalar]) -> Int? {
        let others = variants(of: other)
        return variants(of: key).firstIndex { others.contains($0) }
    }

    static func differOnlyInNumbers(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        a != b && a.filter { $0.properties.numericType == nil } == b.filter { $0.properties.numericType == nil }
    }
}
