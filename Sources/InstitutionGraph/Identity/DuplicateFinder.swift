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

    /// Near matches need a name of at least this many Unicode scalars (after normalisation and
    /// decomposition): two shorter names are only compared for equality, as `NHN` and `NHM` are
    /// different companies more often than typos.
    static let minimumLengthForNearMatches = 4

    /// Pairs of institutions with a name in common or a name one insertion, deletion,
    /// substitution or swap of two neighbouring scalars apart (but not only in their numbers),
    /// each pair once, in order of the later institution.
    ///
    /// Names are compared by their ``NameNormalizer`` keys as Unicode scalars after canonical
    /// decomposition, so a Hangul syllable counts as its two or three jamo: `한양대학교` and
    /// `한앙대학교` (one jamo apart, a typo) are flagged, `서울대학교` and `서강대학교` (three jamo
    /// apart, two universities) are not. A near match needs the longer of the two keys to have
    /// ``minimumLengthForNearMatches`` scalars (both keys, when they are of equal length: a
    /// substitution or a swap). Different keys that are the same once their numeric scalars are
    /// removed (`org-000002` and `org-000003`, `Team 1` and `Team 12`) are a numbered series, not
    /// a typo.
    ///
    /// Two keys are near when they share a one-deletion variant (the key itself, or, for a key of
    /// ``minimumLengthForNearMatches`` scalars or more, the key without one of its scalars) and
    /// are within one edit. The pairs of one later institution are in the order their matches are
    /// met: by its names (``LocalizedName/all``, then the aliases), then by the first variant of
    /// that name's key the two keys share (the key itself first, then without its first scalar,
    /// its second, …), then by the earlier institution, then by its names; for each earlier
    /// institution the first match gives the names reported.
    ///
    /// Variants are hashed, not built (``DeletionVariantHashes``), and looked up in one table
    /// (``DeletionVariantTable``), so the cost grows with the total length of the names, not with
    /// the square of their number; variants deleting a number are never compared with one another.
    ///
    /// - Complexity: O(total length of the keys) expected, plus O(length) for each pair of keys
    ///   sharing a variant other than by deleting a number from both.
    static func probableDuplicates(in institutions: [Institution]) -> [Pair] {
        let keys = MatchingKeys(institutions)
        var table = DeletionVariantTable(capacity: (0..<keys.count).reduce(0) { $0 + variantCount(of: $1, in: keys) })
        var hashes = DeletionVariantHashes()
        var pairs: [Pair] = []
        var matches: [Match] = []
        var key = 0
        while key < keys.count {
            let institution = keys.institutions[key]
            matches.removeAll(keepingCapacity: true)
            while key < keys.count, keys.institutions[key] == institution {
                hashes.load(key, of: keys)
                let start = keys.range(of: key).lowerBound
                for variant in 0..<variantCount(of: key, in: keys) {
                    // Deleting any scalar of a run gives the same variant: keep the first.
                    if variant > 1, keys.scalars[start + variant - 1] == keys.scalars[start + variant - 2] { continue }
                    let hash = hashes.hash(of: variant)
                    let deletesNumber = variant > 0 && keys.numeric[start + variant - 1]
                    table.forEachRecord(of: hash, includingNumeric: !deletesNumber) { index, record in
                        let other = Int(record.key)
                        guard keys.institutions[other] != institution,
                            keys.areWithinOneEdit(other, key), !keys.differOnlyInNumbers(other, key),
                            keys.variantsAreEqual(other, Int(record.variant), key, variant)
                        else { return }
                        matches.append(Match(name: keys.names[key], variant: variant, record: index, other: other))
                    }
                    table.add(key: key, variant: variant, hash: hash, deletesNumber: deletesNumber)
                }
                key += 1
            }
            matches.sort { ($0.name, $0.variant, $0.record) < ($1.name, $1.variant, $1.record) }
            var reported: Set<Int> = []
            for match in matches {
                let first = keys.institutions[match.other]
                guard reported.insert(first).inserted else { continue }
                pairs.append(
                    Pair(
                        first: first, second: institution,
                        firstName: name(keys.names[match.other], of: institutions[first]),
                        secondName: name(match.name, of: institutions[institution])))
            }
        }
        return pairs
    }

    /// A match met while looking up one institution's variants, with what orders it.
    private struct Match {
        /// The position of the later institution's name among its names and aliases.
        var name: Int
        /// The variant of that name's key through which the match was met.
        var variant: Int
        /// The earlier key's record in the table: records are added in the order of institutions.
        var record: Int
        /// The earlier key.
        var other: Int
    }

    /// The number of variants of key `key`: itself, and one per scalar when it is long enough.
    private static func variantCount(of key: Int, in keys: MatchingKeys) -> Int {
        let length = keys.length(of: key)
        return length >= minimumLengthForNearMatches ? length + 1 : 1
    }

    /// The name at `position` among the institution's names and aliases.
    private static func name(_ position: Int, of institution: Institution) -> String {
        let names = institution.name.all
        return position < names.count ? names[position] : institution.aliases[position - names.count]
    }
}
