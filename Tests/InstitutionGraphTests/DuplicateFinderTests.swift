@testable import InstitutionGraph
import PropertyBased
import Testing

/// Institutions with random names built from a few pieces (letters, digits, Hangul syllables,
/// spaces, legal forms), so that equal names, near names and numbered series are all common.
struct RandomNames: Sendable, CustomStringConvertible {
    /// Each institution's names: the first is its name, the others its aliases.
    var names: [[String]]

    var institutions: [Institution] {
        names.enumerated().map { position, names in
            Institution(id: "i\(position)", name: LocalizedName(guessingLanguageOf: names[0]), aliases: Array(names.dropFirst()))
        }
    }

    var description: String { "\(names)" }

    static let pieces = ["a", "b", "c", "a", "b", "1", "2", "한", "앙", "양", "-", " ", " Inc.", "é", "e\u{301}"]

    static func generator(maximumInstitutions: Int = 12) -> Generator<RandomNames, Shrink.None<RandomNames>> {
        Generator { rng in
            let names = (0..<Int.random(in: 1...maximumInstitutions, using: &rng)).map { _ in
                (0..<Int.random(in: 1...3, using: &rng)).map { _ in
                    (0..<Int.random(in: 1...6, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
                }
            }
            return RandomNames(names: names)
        }
    }
}

@Suite("Probable duplicates")
struct DuplicateFinderTests {
    /// The pairs found among institutions `i0`, `i1`, … named `names` (aliases after `|`), as
    /// `i0~i1: first name ~ second name`.
    private func pairs(_ names: String...) -> [String] {
        let institutions = RandomNames(names: names.map { $0.split(separator: "|").map(String.init) }).institutions
        return DuplicateFinder.probableDuplicates(in: institutions).map {
            "\(institutions[$0.first].id)~\(institutions[$0.second].id): \($0.firstName) ~ \($0.secondName)"
        }
    }

    @Test("names that are equal once normalised are a pair")
    func equalNames() {
        #expect(pairs("FriendliAI", "Friendli AI Inc.", "Upstage") == ["i0~i1: FriendliAI ~ Friendli AI Inc."])
    }

    @Test(
        "one insertion, deletion, substitution or swap is a near match; two edits are not",
        arguments: [
            ("Samsung", "Samsungs", true), ("Samsung", "Samung", true), ("Samsung", "Somsung", true),
            ("Samsung", "Samsnug", true), ("Samsung", "Smasnug", false), ("Samsung", "Samsunggg", false),
        ])
    func oneEdit(first: String, second: String, isPair: Bool) {
        #expect(pairs(first, second) == (isPair ? ["i0~i1: \(first) ~ \(second)"] : []))
    }

    @Test("Hangul is compared jamo by jamo: a one-jamo typo is a pair, two universities one syllable apart are not")
    func hangul() {
        #expect(pairs("한양대학교", "한앙대학교") == ["i0~i1: 한양대학교 ~ 한앙대학교"])
        #expect(pairs("서울대학교", "서강대학교").isEmpty)
    }

    @Test("names that differ only in their numbers are a numbered series, not a pair")
    func numberedSeries() {
        #expect(pairs("org-000002", "org-000003", "Team 1", "Team 12").isEmpty)
        #expect(pairs("Team A1", "Team B1") == ["i0~i1: Team A1 ~ Team B1"])
        #expect(pairs("Lab 7", "LAB-7") == ["i0~i1: Lab 7 ~ LAB-7"])
    }

    @Test("short names are only compared for equality, unless the other name has four scalars")
    func shortNames() {
        #expect(pairs("NHN", "NHM").isEmpty)
        #expect(pairs("KT", "KTX").isEmpty)
        #expect(pairs("NHN", "N.H.N.") == ["i0~i1: NHN ~ N.H.N."])
        #expect(pairs("SKT", "SKTI") == ["i0~i1: SKT ~ SKTI"])
    }

    @Test("names whose key is empty match nothing")
    func emptyKeys() {
        #expect(pairs("Inc.", "Ltd.", "-").isEmpty)
    }

    @Test("aliases are compared like names, and the names that match are reported")
    func aliases() {
        #expect(pairs("Korea Advanced Institute of Science and Technology|KAIST", "Kaist.") == ["i0~i1: KAIST ~ Kaist."])
        #expect(pairs("Naver Cloud", "Line|Naver Clowd") == ["i0~i1: Naver Cloud ~ Naver Clowd"])
    }

    @Test("two institutions are reported once, with their first matching names")
    func eachPairOnce() {
        #expect(pairs("Alpha Labs|Beta Works", "Alpha Lab|Beta Work") == ["i0~i1: Alpha Labs ~ Alpha Lab"])
    }

    @Test("an alias sharing a variant with its institution's other name is still compared")
    func aliasSharingAVariant() {
        // `korbitlab` and `orbitlabz` both lose a letter to `orbitlab`, which `orbitlabs` has too.
        #expect(pairs("Orbit Labs", "KOrbit Lab|Orbit Labz") == ["i0~i1: Orbit Labs ~ Orbit Labz"])
        #expect(pairs("KOrbit Lab|Orbit Labs", "Orbit Labz") == ["i0~i1: Orbit Labs ~ Orbit Labz"])
    }

    @Test("pairs come by the later institution, then its names, then the first variant they share")
    func order() {
        // i2 meets i1 through its whole key (i1 has one letter more), i0 by deleting its last letter.
        #expect(
            pairs("abcdy", "abcdzq", "abcdz", "abcdz") == [
                "i1~i2: abcdzq ~ abcdz", "i0~i2: abcdy ~ abcdz",
                "i1~i3: abcdzq ~ abcdz", "i2~i3: abcdz ~ abcdz", "i0~i3: abcdy ~ abcdz",
            ])
        #expect(pairs("Beta Lab", "Alpha Lab", "Beta Lab|Alpha Lab") == ["i0~i2: Beta Lab ~ Beta Lab", "i1~i2: Alpha Lab ~ Alpha Lab"])
    }

    @Test("the finder agrees with comparing every pair of names")
    func agreesWithQuadraticReference() async {
        await propertyCheck(count: 300, input: RandomNames.generator()) { random in
            let institutions = random.institutions
            #expect(DuplicateFinder.probableDuplicates(in: institutions) == QuadraticDuplicateFinder.probableDuplicates(in: institutions))
        }
    }

    @Test("one edit apart means an optimal string alignment distance of at most 1")
    func withinOneEdit() async {
        await propertyCheck(count: 300, input: RandomNames.generator(maximumInstitutions: 6)) { random in
            let institutions = random.institutions
            let keys = MatchingKeys(institutions)
            let scalars = (0..<keys.count).map { key in keys.range(of: key).map { keys.scalars[$0] } }
            for a in 0..<keys.count {
                for b in 0..<keys.count {
                    #expect(keys.areWithinOneEdit(a, b) == (EditDistance.between(scalars[a], scalars[b]) <= 1), "\(scalars[a]) \(scalars[b])")
                }
            }
        }
    }
}
