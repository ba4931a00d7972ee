import Foundation

/// Finds institutions that are probably one and the same, recorded twice.
enum DuplicateFinder {
    /// Two institutions whose names are the same or one edit apart after normalisation.
    struct Pair: Equatable {
        /// The earlier institution's index.
        var first: Int
        /// The later institution's index.
        var second: Int
        /// The names that nearly match, as written.
        var firstName: String
        var secondName: String
    }

    /// Names shorter than this (in Unicode scalars, after normalisation and decomposition) are only
    /// compared for equality: `NHN` and `NHM` are different companies more often than typos.
    static let minimumLengthForNearMatches = 4

    /// Pairs of institutions with a name in common or a name one insertion, deletion or
    /// substitution apart (but not only in their digits), each pair once, in order of the later
    /// institution.
    ///
    /// Names are compared as Unicode scalars after canonical decomposition, so a Hangul syllable
    /// counts as its two or three jamo: `한양대학교` and `한앙대학교` (one jamo apart, a typo) are
    /// flagged, `서울대학교` and `서강대학교` (three jamo apart, two universities) are not.
    ///
    /// Candidates are found through shared one-deletion variants of the keys, so the cost grows
    /// with the number of names, not with its square.
    ///
    /// - Complexity: O(names × length²) expected.
    static func probableDuplicates(in institutions: [Institution]) -> [Pair] {
        var owners: [String: [(institution: Int, name: String, key: [Unicode.Scalar])]] = [:]
        var pairs: [Pair] = []
        var reported: Set<[Int]> = []
        for (position, institution) in institutions.enumerated() {
            var candidates: [(other: Int, otherName: String, name: String)] = []
            var ownVariants: Set<String> = []
            for name in institution.name.all + institution.aliases {
                let key = decomposedKey(for: name)
                guard !key.isEmpty else { continue }
                for variant in variants(of: key) where ownVariants.insert(variant).inserted {
                    for owner in owners[variant] ?? [] where owner.institution != position {
                        if EditDistance.between(key, owner.key) <= 1, !differOnlyInNumbers(key, owner.key) {
                            candidates.append((owner.institution, owner.name, name))
                        }
                    }
                    owners[variant, default: []].append((position, name, key))
                }
            }
            for candidate in candidates where reported.insert([candidate.other, position]).inserted {
                pairs.append(Pair(first: candidate.other, second: position, firstName: candidate.otherName, secondName: candidate.name))
            }
        }
        return pairs
    }

    /// The key itself and, for keys long enough, every string made by deleting one character.
    private static func variants(of key: [Unicode.Scalar]) -> [String] {
        let whole = String(String.UnicodeScalarView(key))
        guard key.count >= minimumLengthForNearMatches else { return [whole] }
        var result = [whole]
        for skipped in key.indices {
            var variant = key
            variant.remove(at: skipped)
            result.append(String(String.UnicodeScalarView(variant)))
        }
        return result
    }

    /// Whether two different keys are the same once digits are removed: `org-000002` and
    /// `org-000003`, or `Team 1` and `Team 12`, are a numbered series, not a typo.
    private static func differOnlyInNumbers(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        a != b && a.filter { $0.properties.numericType == nil } == b.filter { $0.properties.numericType == nil }
    }

    /// The matching key, canonically decomposed, as scalars.
    private static func decomposedKey(for name: String) -> [Unicode.Scalar] {
        Array(NameNormalizer.key(for: name).decomposedStringWithCanonicalMapping.unicodeScalars)
    }
}
